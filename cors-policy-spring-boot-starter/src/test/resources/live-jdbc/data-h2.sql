INSERT INTO cors_origin (mapping_name, kind, origin) VALUES (NULL, 'exact', 'https://from-sql-init.example.com');
