import { OrgScopeSelect } from '../../shell/OrgScopeSelect';

/** The scope of the review: everyone, a department's subtree, one person (the sidebar's unit). */
export function ScopeSelect() {
  return (
    <label className="review-scope">
      <span>Scope</span>
      <OrgScopeSelect />
    </label>
  );
}
