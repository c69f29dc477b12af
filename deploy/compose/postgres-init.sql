-- One database per service, as in Kubernetes (one CloudNativePG cluster each). The services'
-- migrations create the tables and inmate's extensions (pg_trgm, fuzzystrmatch: trusted, so the
-- database owner may create them).
CREATE DATABASE inmate;
CREATE DATABASE program;
CREATE DATABASE liaison;
