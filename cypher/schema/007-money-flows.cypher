// Money flows (packages/neo4j/src/money-flows.ts): one summary node per sending account,
// receiving account and case scope, found by either account; and the marks of accounts whose
// flows must be rebuilt. The last statement marks every account, so a store
// imported before flows existed gets them at the refresh that ends this migration run.
CREATE RANGE INDEX money_flow_from IF NOT EXISTS FOR (f:MoneyFlow) ON (f.from);
CREATE RANGE INDEX money_flow_to IF NOT EXISTS FOR (f:MoneyFlow) ON (f.to);
CREATE CONSTRAINT money_flow_refresh_id IF NOT EXISTS FOR (m:MoneyFlowRefresh) REQUIRE m.id IS UNIQUE;
MATCH (a:BankAccount) MERGE (:MoneyFlowRefresh {id: a.id});
