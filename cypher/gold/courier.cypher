// @name        courier
// @title       Couriers hand-carrying gold again and again
// @description A person who carried GOLD shipments of transportMode (hand carry by default) such
//              that within some window of windowDays there are at least minTrips of them or their
//              fine kg total at least minFineKg. Gold flown in personal luggage escapes the checks
//              of cargo; repeat couriers serve smuggling networks.
// @pattern     GOLD_COURIER
// @source      TYPOLOGIES.md §3.2 G10 (SWISSAID on luggage to the UAE; Rushwaya case; SUNAT seizures);
//              defaults from the demo's ground truth rules (365 days, 3 trips, 20 kg).
// @param       transportMode: string = "HAND_CARRY" [1, 40] -- the transport mode counted
// @param       windowDays: integer = 365 [1, 3650] -- length of the window, days
// @param       minTrips: integer = 3 [1, 10000] -- trips in a window that flag the courier
// @param       minFineKg: float = 20 [0, 1e9] -- fine kg in a window that flag the courier
// @param       limit: integer = 100 [1, 10000] -- most couriers returned
// @returns     One row per courier: subjectId (the person), pattern, score (trips in the busiest
//              window), flagged (courier, exporters, consignees), evidenceNodes, evidenceLinks
//              (CARRIED_BY links with fine kg and dates, EXPORTED and CONSIGNED_TO links), trips,
//              fineKg, windowStart, seizures (seizures of the shipments).
MATCH (p:Person)<-[cb:CARRIED_BY]-(s:Shipment)
WHERE s.commodity = 'GOLD' AND s.transportMode = $transportMode
  AND (p.caseId IS NULL OR p.caseId IN $visibleCaseIds)
  AND (cb.caseId IS NULL OR cb.caseId IN $visibleCaseIds)
  AND (s.caseId IS NULL OR s.caseId IN $visibleCaseIds)
WITH p, s ORDER BY s.date
WITH p, collect(s) AS shipments
UNWIND shipments AS first
WITH p, shipments, first.date AS start, [s IN shipments WHERE first.date <= s.date <= first.date + duration({days: $windowDays})] AS inWindow
WITH p, start, inWindow, reduce(kg = 0.0, s IN inWindow | kg + coalesce(s.fineKg, 0.0)) AS fineKg
WHERE size(inWindow) >= $minTrips OR fineKg >= $minFineKg
ORDER BY size(inWindow) DESC, fineKg DESC, start
WITH p, head(collect({start: start, trips: inWindow, fineKg: fineKg})) AS best
CALL (best) {
  UNWIND best.trips AS s
  OPTIONAL MATCH (e)-[x:EXPORTED]->(s)
  WHERE (x.caseId IS NULL OR x.caseId IN $visibleCaseIds) AND (e.caseId IS NULL OR e.caseId IN $visibleCaseIds)
  OPTIONAL MATCH (s)-[ct:CONSIGNED_TO]->(c)
  WHERE (ct.caseId IS NULL OR ct.caseId IN $visibleCaseIds) AND (c.caseId IS NULL OR c.caseId IN $visibleCaseIds)
  OPTIONAL MATCH (z:Seizure)-[sz:SEIZED]->(s)
  WHERE (sz.caseId IS NULL OR sz.caseId IN $visibleCaseIds) AND (z.caseId IS NULL OR z.caseId IN $visibleCaseIds)
  RETURN collect(DISTINCT e.id) + collect(DISTINCT c.id) AS parties, collect(DISTINCT z.id) AS seizures,
         [l IN collect({type: 'EXPORTED', from: e.id, to: s.id}) + collect({type: 'CONSIGNED_TO', from: s.id, to: c.id}) WHERE l.from IS NOT NULL AND l.to IS NOT NULL] AS tradeLinks
}
RETURN p.id AS subjectId,
       'GOLD_COURIER' AS pattern,
       size(best.trips) AS score,
       reduce(acc = [p.id], x IN parties | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS flagged,
       [s IN best.trips | s.id] + seizures AS evidenceNodes,
       [s IN best.trips | {type: 'CARRIED_BY', from: s.id, to: p.id, fineKg: s.fineKg, at: toString(s.date)}] +
       reduce(acc = [], l IN tradeLinks | CASE WHEN l IN acc THEN acc ELSE acc + l END) AS evidenceLinks,
       size(best.trips) AS trips,
       best.fineKg AS fineKg,
       best.start AS windowStart,
       seizures
ORDER BY score DESC, fineKg DESC, subjectId
LIMIT $limit
