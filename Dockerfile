# Image of the newsflow services (docker-compose.yml). Two ways to build it:
#
#   With an image registry (default): Maven builds the code inside the build stage, on Temurin images.
#     docker build -t newsflow:dev .
#   Offline (no registry; README.md, "Containers"): on the base image made from Debian packages, with the
#   artifacts of a host build (`./mvnw -B -DskipTests package` first: cli/target/classes and cli/target/lib).
#     docker build --build-arg BUILD_IMAGE=newsflow-base:bookworm-jre17 \
#                  --build-arg RUNTIME_IMAGE=newsflow-base:bookworm-jre17 --build-arg DIST=prebuilt -t newsflow:dev .
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
# Lets the offline build script remove this stage's image afterwards (the legacy builder keeps it).
LABEL io.newsflow.stage=build
# maven: build here with the Maven wrapper (needs Maven Central); prebuilt: take the host's cli/target.
ARG DIST=maven
WORKDIR /src
COPY . .
RUN if [ "$DIST" = prebuilt ]; then \
      [ -d cli/target/classes ] && [ -d cli/target/lib ] \
        || { echo "DIST=prebuilt needs cli/target/classes and cli/target/lib: run ./mvnw -B -DskipTests package first" >&2; exit 1; }; \
    elif [ "$DIST" = maven ]; then \
      ./mvnw -B -q -DskipTests package; \
    else \
      echo "DIST must be maven or prebuilt, not '$DIST'" >&2; exit 1; \
    fi \
 && mkdir -p /dist && cp -r cli/target/classes cli/target/lib /dist/

FROM ${RUNTIME_IMAGE}
LABEL io.newsflow.image=newsflow
WORKDIR /app
COPY --from=build /dist/classes /app/classes
COPY --from=build /dist/lib /app/lib
# Streams state in the container; one HTTP port for /health, /ready, /metrics (and ingest's POST /articles).
ENV NEWSFLOW_STATE_DIR=/var/lib/newsflow/streams-state
EXPOSE 8080
ENTRYPOINT ["java", "-cp", "/app/classes:/app/lib/*", "io.newsflow.cli.Newsflow"]
