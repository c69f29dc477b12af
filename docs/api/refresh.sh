#!/usr/bin/env bash
# Writes the OpenAPI documents the services build over the committed ones in docs/api/.
# Run it from anywhere after changing an API, then review and commit the diff of docs/api/.
# (Each service's ApiContractTest fails in ./mvnw verify while they differ.)
set -euo pipefail
cd "$(dirname "$0")/../.."

services=(inmate-service program-service liaison-service)
modules=$(IFS=,; echo "${services[*]}")
# package stores target/openapi/<service>.yaml (quarkus.smallrye-openapi.store-schema-directory).
./mvnw -B -q package -pl "$modules" -am -DskipTests -Dquarkus.package.jar.appcds.enabled=false
for service in "${services[@]}"; do
  cp "$service/target/openapi/$service.yaml" "docs/api/$service.yaml"
done
git status --short docs/api/
