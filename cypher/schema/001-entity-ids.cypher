// Every node of the investigation graph carries the Entity label and a stable id that is unique
// across all types; importers MERGE on it, the API looks entities up by it.
CREATE CONSTRAINT entity_id IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE;
