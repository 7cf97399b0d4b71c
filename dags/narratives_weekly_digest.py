"""Weekly narrative digest: every Monday, the HTML + Markdown digest of the previous ISO week.

Wiring only; the work lives in `pipeline.orchestration`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import Param, dag, task

from pipeline import orchestration
from pipeline.settings import Settings

SETTINGS = Settings.load()


@dag(
    dag_id="narratives_weekly_digest",
    schedule="0 6 * * 1",
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["narratives"],
    params={
        "db": Param(str(SETTINGS.db), type="string", description="DuckDB warehouse file."),
        "reports": Param(str(SETTINGS.reports), type="string", description="Where digest-<week>.html/.md go."),
    },
)
def narratives_weekly_digest():
    @task(pool=orchestration.WRITER_POOL, retries=2, retry_delay=timedelta(minutes=5))
    def digest(params=None, logical_date=None) -> str:
        """Write the digest of the last complete ISO week before the logical date."""
        return orchestration.weekly_digest(orchestration.settings_from(params), logical_date.date())

    digest()


narratives_weekly_digest()
