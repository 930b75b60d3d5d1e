// The one node every money-flow refresh transaction locks first, so refreshes run one at a time
// (two at once could read the same marks and build a pair's flow twice).
CREATE CONSTRAINT money_flow_lock_id IF NOT EXISTS FOR (l:MoneyFlowLock) REQUIRE l.id IS UNIQUE;
MERGE (:MoneyFlowLock {id: 'refresh'});
