// Point indexes for map views and distance queries (mines near protected areas, seizures near airstrips).
CREATE POINT INDEX mine_location IF NOT EXISTS FOR (m:Mine) ON (m.location);
CREATE POINT INDEX seizure_location IF NOT EXISTS FOR (s:Seizure) ON (s.location);
CREATE POINT INDEX address_location IF NOT EXISTS FOR (a:Address) ON (a.location);
CREATE POINT INDEX protected_area_location IF NOT EXISTS FOR (p:ProtectedArea) ON (p.location);
