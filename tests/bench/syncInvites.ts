// Invites the bench's simulated members into a team file and prints their codes as JSON
// (run by sync.mjs under tsx: the server's store is TypeScript).
import { inviteMember } from '../../electron/server/members';
import { TeamStore } from '../../electron/server/store';

const [dataPath, count] = process.argv.slice(2);
const store = new TeamStore(dataPath!);
const codes = Array.from({ length: Number(count) }, (_, i) =>
  inviteMember(store, `bench-${i}`, false),
);
store.close();
process.stdout.write(JSON.stringify(codes));
