#!/usr/bin/env bash
# Regenerates the module diagram from the code: ModularityTests writes Spring Modulith's
# PlantUML (C4) files to target/spring-modulith-docs; this copies the overview here and renders
# it to SVG with PlantUML's own layout engine (no Graphviz needed).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -ntp -q test -Dtest=ModularityTests -Dsurefire.failIfNoSpecifiedTests=false
cp target/spring-modulith-docs/components.puml docs/modules/components.puml
version=1.2025.4
jar="$HOME/.m2/repository/net/sourceforge/plantuml/plantuml/$version/plantuml-$version.jar"
[ -f "$jar" ] || ./mvnw -B -ntp -q dependency:get -Dartifact=net.sourceforge.plantuml:plantuml:$version
java -jar "$jar" -Playout=smetana -tsvg docs/modules/components.puml
echo "docs/modules/components.{puml,svg} refreshed"
