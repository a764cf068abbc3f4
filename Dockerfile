# Image for the newsflow services (used by docker-compose.yml; untested here: no Docker engine).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests install

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/cli/target/classes /app/classes
COPY --from=build /src/cli/target/lib /app/lib
ENTRYPOINT ["java", "-cp", "/app/classes:/app/lib/*", "io.newsflow.cli.Newsflow"]
