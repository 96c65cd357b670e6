-- The live profile's seed rows in cors_origin (the admin page lists them).
INSERT INTO cors_origin (mapping_name, kind, origin, enabled) VALUES (NULL, 'exact', 'http://localhost:5173', TRUE);
INSERT INTO cors_origin (mapping_name, kind, origin, enabled) VALUES (NULL, 'pattern', 'https://*.preview.example.com', TRUE);
INSERT INTO cors_origin (mapping_name, kind, origin, enabled) VALUES (NULL, 'exact', 'https://retired.example.com', FALSE);
