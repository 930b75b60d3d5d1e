// Range indexes on the dates and amounts that time windows and thresholds filter on.
CREATE RANGE INDEX transaction_timestamp IF NOT EXISTS FOR (t:Transaction) ON (t.timestamp);
CREATE RANGE INDEX transaction_amount_usd IF NOT EXISTS FOR (t:Transaction) ON (t.amountUsd);
CREATE RANGE INDEX shipment_date IF NOT EXISTS FOR (s:Shipment) ON (s.date);
CREATE RANGE INDEX shipment_fine_kg IF NOT EXISTS FOR (s:Shipment) ON (s.fineKg);
CREATE RANGE INDEX seizure_date IF NOT EXISTS FOR (s:Seizure) ON (s.date);
CREATE RANGE INDEX company_incorporation_date IF NOT EXISTS FOR (c:Company) ON (c.incorporationDate);
CREATE RANGE INDEX licence_issue_date IF NOT EXISTS FOR (l:Licence) ON (l.issueDate);
CREATE RANGE INDEX prosecution_filed_date IF NOT EXISTS FOR (p:Prosecution) ON (p.filedDate);
CREATE RANGE INDEX market_price_date IF NOT EXISTS FOR (p:MarketPrice) ON (p.date);
CREATE RANGE INDEX country_iso2 IF NOT EXISTS FOR (c:Country) ON (c.iso2);
