# narrative-tracker on Apache Airflow 3: the project installed into the official Airflow image.
# Build: docker compose build   (torch is pinned; pass PIP_EXTRA_INDEX_URL to take a CPU-only torch wheel)
ARG AIRFLOW_IMAGE=apache/airflow:3.3.2-python3.11
FROM ${AIRFLOW_IMAGE}

ARG PIP_EXTRA_INDEX_URL=""
USER airflow
COPY --chown=airflow:root pyproject.toml README.md /opt/narrative-tracker/
COPY --chown=airflow:root pipeline /opt/narrative-tracker/pipeline
COPY --chown=airflow:root warehouse /opt/narrative-tracker/warehouse
COPY --chown=airflow:root seeds /opt/narrative-tracker/seeds
RUN pip install --no-cache-dir "torch==2.13.0" \
 && pip install --no-cache-dir "apache-airflow==${AIRFLOW_VERSION}" /opt/narrative-tracker
