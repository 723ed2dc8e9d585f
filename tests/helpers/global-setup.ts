// Replaced by the database-aware setup in the foundation; kept minimal for unit tests.
export default async function setup() {}
