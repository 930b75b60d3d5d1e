import { describe, expect, it } from 'vitest';
import { planProblems, type PlanOperator } from '../src/index';

const op = (operator: string, details = '', depth = 1): PlanOperator => ({ operator, details, depth });

describe('planProblems', () => {
  it('accepts index-backed starts and scans of small labels', () => {
    expect(
      planProblems([
        op('ProduceResults'),
        op('NodeIndexSeekByRange', 'RANGE INDEX t:Transaction(timestamp) WHERE timestamp >= $from'),
        op('NodeByLabelScan', 'm:Mine'),
        op('NodeByLabelScan', 'a:BankAccount'),
        op('NodeUniqueIndexSeek', 'UNIQUE a:Entity(id) WHERE id = $accountId'),
      ]),
    ).toEqual([]);
  });

  it('refuses a scan of all nodes and whole-label scans of large labels', () => {
    expect(
      planProblems([
        op('AllNodesScan', 'n'),
        op('NodeByLabelScan', 't:Transaction'),
        op('UnionNodeByLabelsScan', 'x:Shipment|Seizure'),
        op('NodeByLabelScan', 'e:Entity'),
      ]),
    ).toEqual([
      'scans all nodes (n)',
      'scans every Transaction by label (NodeByLabelScan t:Transaction)',
      'scans every Shipment by label (UnionNodeByLabelsScan x:Shipment|Seizure)',
      'scans every Entity by label (NodeByLabelScan e:Entity)',
    ]);
  });

  it('does not mistake a longer label for a large one', () => {
    expect(planProblems([op('NodeByLabelScan', 't:TransactionNote')])).toEqual([]);
  });
});
