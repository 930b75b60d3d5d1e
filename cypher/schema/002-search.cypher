// One full-text index over names, aliases and identifiers of everything a user searches for.
// The folding analyzer strips accents, so "Jose" finds "José" and "Sao Joao" finds "São João".
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Company|CriminalGroup|BankAccount|Mine|Licence|Shipment|Seizure|Prosecution|Address|Country|ProtectedArea|SourceDocument)
ON EACH [n.name, n.aliases, n.identifiers, n.accountNumber, n.registrationNumber, n.number, n.customsRef, n.text, n.title, n.iso2]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
