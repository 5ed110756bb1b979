export interface Props {
  rows: number;
}

/** The PDF baseline: a plain A4 table, nothing of Cairn in it, sized to print 20 pages. */
export function PdfTable({ rows }: Props) {
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', font: '11px sans-serif' }}>
      <thead>
        <tr>
          <th>#</th>
          <th>Objective</th>
          <th>Owner</th>
          <th>Score</th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, i) => (
          <tr key={i} style={{ borderBottom: '1px solid #ccc' }}>
            <td>{i + 1}</td>
            <td>Make onboarding effortless for new customers, row {i + 1}</td>
            <td>Team {i % 40}</td>
            <td>{((i * 7) % 11) / 10}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
