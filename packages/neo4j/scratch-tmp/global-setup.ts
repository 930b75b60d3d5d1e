export { setupNeo4jForTests as setup } from '@touchstone/test-support';
