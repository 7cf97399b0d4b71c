"""Daily narrative tracking: fetch every feed in parallel, load with a single DuckDB writer, then claims and narratives.

Wiring only; the work lives in `pipeline.orchestration`. Each run is keyed by its logical date (`ds`):
clearing and re-running a day rebuilds the same warehouse state.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import Param, dag, task

from pipeline import orchestration

SETTINGS = orchestration.Settings.from_env()


@dag(
    dag_id="narratives_daily",
    schedule="@daily",
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["narratives"],
    params={
        "feeds_file": Param(SETTINGS.feeds_file, type="string", description="Feeds YAML (same format as the CLI)."),
        "db_path": Param(SETTINGS.db_path, type="string", description="DuckDB warehouse file."),
        "staging_dir": Param(SETTINGS.staging_dir, type="string", description="Per-run fetch results."),
        "http_timeout_s": Param(SETTINGS.http_timeout_s, type="number", description="Read timeout per feed."),
        "translator": Param(
            SETTINGS.translator, type="string", enum=["argos", "none"], description="Translation backend."
        ),
    },
)
def narratives_daily():
    @task
    def plan(params=None) -> list[dict]:
        return orchestration.plan(params["feeds_file"], params["db_path"])

    @task(
        retries=3,
        retry_delay=timedelta(seconds=SETTINGS.fetch_retry_delay_s),
        retry_exponential_backoff=True,
        max_retry_delay=timedelta(minutes=30),
        map_index_template="{{ task.op_kwargs['item']['feed']['name'] }}",
    )
    def fetch(item: dict, params=None, ds=None, ti=None) -> dict:
        staging = orchestration.run_dir(params["staging_dir"], ds)
        return orchestration.fetch(item, staging, ti.try_number > ti.max_tries, params["http_timeout_s"])

    @task(trigger_rule="all_done", pool=orchestration.WRITER_POOL, retries=2, retry_delay=timedelta(minutes=1))
    def load(params=None, ds=None) -> dict:
        staging = orchestration.run_dir(params["staging_dir"], ds)
        return orchestration.load(params["feeds_file"], params["db_path"], ds, staging)

    @task(pool=orchestration.WRITER_POOL, retries=2, retry_delay=timedelta(minutes=1))
    def analyse(loaded: dict, params=None, ds=None) -> dict:
        return orchestration.analyse_run(params["db_path"], ds, params["translator"])

    fetched = fetch.expand(item=plan())
    loaded = load()
    fetched >> loaded
    analyse(loaded)


narratives_daily()
