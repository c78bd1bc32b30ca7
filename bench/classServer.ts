/** The class API alone on a free loopback port (for bench/classRoom.ts): prints its address, runs until killed. */
import { startTestServer } from '../src/server/testServer';

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx bench/classServer.ts <data folder>');
const server = await startTestServer(dir);
console.log(server.url);
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
