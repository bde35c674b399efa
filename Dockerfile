# Tally's Discord bot. Build:  docker build -t tally .
# Run:    docker run -d --name tally -e DISCORD_TOKEN -v tally-data:/data tally
# Docker cannot run on the machines Tally is developed on: this file is checked by reading (see README, "Docker").

# --- build stage: Maven + JDK 17 -------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# The pom alone first: the dependency layer is rebuilt only when the pom changes, not on every code change.
COPY pom.xml .
RUN mvn -B -ntp dependency:go-offline
COPY src ./src
# The tests run in CI (mvn -B -ntp verify); the image build only packages target/tally.jar (shaded, runnable).
# -Dexec.skip: the pom's package phase also trains a class-data archive by running the jar on corpus/ and config/,
# which are not in this stage; an archive only serves the JVM that made it, so the run stage makes its own below.
RUN mvn -B -ntp -DskipTests -Dexec.skip=true package

# --- run stage: JRE only, non-root ------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
# /timeline draws its chart with JFreeChart (Java2D, headless): the base image (Ubuntu) already installs fontconfig,
# whose config package pulls in a font; the DejaVu fonts are named here so the chart's text never depends on that.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system tally \
 && useradd --system --gid tally --home-dir /app --no-create-home --shell /usr/sbin/nologin tally \
 && mkdir -p /data /app/corpus-removed \
 && chown tally:tally /data /app/corpus-removed
WORKDIR /app
COPY --from=build /build/target/tally.jar /app/tally.jar
# Owned by tally: moderators add articles into the corpus (/article add) and removed ones move beside it.
COPY --chown=tally:tally corpus/ /app/corpus/
COPY config/ /app/config/
# Start-up: an AppCDS archive of the classes Tally loads, made by this image's own JVM (an archive serves only the JVM
# that made it): one run builds the bundled corpus's index, the second reopens it, as a restart does, and writes it.
RUN java -jar /app/tally.jar ask --corpus /app/corpus --data /tmp/cds --config /app/config "How many were killed?" \
      > /dev/null \
 && java -XX:ArchiveClassesAtExit=/app/tally.jsa -jar /app/tally.jar ask --corpus /app/corpus --data /tmp/cds \
      --config /app/config "How many were killed?" > /dev/null \
 && rm -rf /tmp/cds
# The index lives outside the image, so a restart or an upgrade does not rebuild it from scratch.
VOLUME ["/data"]
USER tally
# Containers get a memory limit; size the heap from it instead of from the host. No display: charts render headless.
# No -XX:+ExitOnOutOfMemoryError: Tally catches running out of memory itself, logs how much heap the corpus needs and
# how to give it, then exits 1 (and the restart policy starts it again).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.awt.headless=true"
# DISCORD_TOKEN comes from the environment at run time (docker run -e / --env-file), never from the image.
# C1 only, as ./tally runs the bot: the full JIT spends more CPU compiling the start-up ingest than it saves
# (README, Performance).
# Exec form: java is PID 1 and receives SIGTERM from `docker stop`, so the shutdown hook closes the gateway cleanly.
ENTRYPOINT ["java", "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=/app/tally.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", "/app/tally.jar", "bot", "--corpus", "/app/corpus", "--data", "/data", "--config", "/app/config"]
