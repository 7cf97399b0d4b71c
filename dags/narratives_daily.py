"""Daily narrative tracking, one task per stage: plan → fetch (mapped, one per feed) → load → translate → claims → narratives.

Wiring only; the work lives in `pipeline.orchestration`. Params are the `Settings` fields (defaults from the
`NARRATIVES_*` environment), so the DAG and the `narratives` CLI build the same components. Each run is keyed by
its logical date (`ds`): clearing and re-running a day, or a single failed stage, rebuilds the same state.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import Param, dag, task

from pipeline import orchestration
from pipeline.settings import Settings

SETTINGS = Settings.load()
WRITER = {"pool": orchestration.WRITER_POOL, "retries": 2, "retry_delay": timedelta(minutes=1)}


@dag(
    dag_id="narratives_daily",
    schedule="@daily",
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["narratives"],
    params={
        "feeds": Param(str(SETTINGS.feeds), type="string", description="Feeds YAML (same format as the CLI)."),
        "db": Param(str(SETTINGS.db), type="string", description="DuckDB warehouse file."),
        "staging": Param(str(SETTINGS.staging), type="string", description="Per-run fetch results."),
        "http_timeout_s": Param(SETTINGS.http_timeout_s, type="number", description="Read timeout per feed."),
        "translator": Param(SETTINGS.translator, type="string", enum=["argos", "none"], description="Translation."),
        "models_dir": Param(str(SETTINGS.models_dir), type="string", description="Installed argos models."),
        "embedder": Param(
            SETTINGS.embedder, type="string", description="Narrative embeddings: use+e5, use, minilm, or a path."
        ),
    },
)
def narratives_daily():
    @task
    def plan(params=None) -> list[dict]:
        """One work item per configured feed, with its conditional-GET state."""
        return orchestration.plan(orchestration.settings_from(params))

    @task(
        retries=3,
        retry_delay=timedelta(seconds=SETTINGS.fetch_retry_delay_s),
        retry_exponential_backoff=True,
        max_retry_delay=timedelta(minutes=30),
        map_index_template="{{ task.op_kwargs['item']['feed']['name'] }}",
    )
    def fetch(item: dict, params=None, ds=None, ti=None) -> dict:
        """Fetch one feed into the staging folder; retried on transient errors, recorded as failed on the last try."""
        settings = orchestration.settings_from(params)
        return orchestration.fetch(settings, item, ds, final_attempt=ti.try_number > ti.max_tries)

    @task(trigger_rule="all_done", **WRITER)
    def load(params=None, ds=None) -> dict:
        """Parse, dedup and store every staged fetch (runs even when some fetches failed)."""
        return orchestration.load(orchestration.settings_from(params), ds)

    @task(**WRITER)
    def translate(loaded: dict, params=None, ds=None) -> dict:
        """Translate new articles to English; every article gets a status."""
        return orchestration.translate(orchestration.settings_from(params), ds)

    @task(**WRITER)
    def claims(translated: dict, params=None, ds=None) -> dict:
        """Extract numeric mentions from new articles and regroup claims."""
        return orchestration.claims(orchestration.settings_from(params), ds)

    @task(**WRITER)
    def narratives(claimed: dict, params=None, ds=None) -> dict:
        """Cluster new articles into narratives with stable ids, refresh labels, and close the run."""
        return orchestration.narratives(orchestration.settings_from(params), ds)

    fetched = fetch.expand(item=plan())
    loaded = load()
    fetched >> loaded
    narratives(claims(translate(loaded)))


narratives_daily()
