"""`narratives models …`: offline translation models (argostranslate packages)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from pipeline import render
from pipeline.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_NOT_FOUND,
    ModelsDirOption,
    console,
    fail,
    settings_from,
)
from pipeline.text import PIVOT_LANGUAGE
from pipeline.translate import install_from_file, install_from_index, installed_models, remove_model

app = typer.Typer(help="Offline translation models (argostranslate packages).", no_args_is_help=True)


@app.command("list")
def models_list(models_dir: ModelsDirOption = None) -> None:
    """Installed translation models and the folder they live in.

    Example: `narratives models list`
    """
    folder = settings_from(models_dir=models_dir).models_dir
    table = render.query_result(
        ("model", "version", "from", "to", "path"),
        [(m.model_id, m.version, m.source, m.target, m.path) for m in installed_models(folder)],
    )
    table.title, table.title_justify = Text(f"Models in {folder}"), "left"
    console.print(table)


@app.command("install")
def models_install(
    languages: Annotated[
        list[str] | None,
        typer.Argument(help=f"Languages to get from the argos index (↔ {PIVOT_LANGUAGE}); needs the network."),
    ] = None,
    from_path: Annotated[
        list[Path] | None, typer.Option("--from-path", help="A .argosmodel file (offline install).")
    ] = None,
    models_dir: ModelsDirOption = None,
) -> None:
    """Install translation models: `.argosmodel` files offline, or by language from the argos index when online.

    Example: `narratives models install --from-path translate-ru_en-1_9.argosmodel` or `narratives models install ru uk de`
    """
    folder = settings_from(models_dir=models_dir).models_dir
    if not languages and not from_path:
        fail("name languages to download, or --from-path FILE.argosmodel", EXIT_BAD_INPUT)
    for archive in from_path or []:
        try:
            install_from_file(archive, folder)
        except Exception as exc:  # argostranslate raises bare Exception for a bad archive
            fail(f"cannot install {archive}: {exc}", EXIT_BAD_INPUT)
        console.print(f"installed {archive.name} into {folder}", markup=False)
    if languages:
        try:
            installed = install_from_index(languages, folder)
        except Exception as exc:  # network errors surface as assorted exceptions from argos's downloader
            fail(f"cannot reach the argos package index ({exc}); on an offline machine use --from-path", 1)
        console.print(f"installed {', '.join(installed) or 'nothing (no package for those languages)'}", markup=False)


@app.command("remove")
def models_remove(
    source: Annotated[str, typer.Argument(help="Source language code.")],
    target: Annotated[str, typer.Argument(help="Target language code.")] = PIVOT_LANGUAGE,
    models_dir: ModelsDirOption = None,
) -> None:
    """Uninstall the model translating SOURCE to TARGET.

    Example: `narratives models remove ru en`
    """
    if not remove_model(source, target, settings_from(models_dir=models_dir).models_dir):
        fail(f"no installed model {source}→{target}", EXIT_NOT_FOUND)
    console.print(f"removed {source}→{target}", markup=False)


# --- helpers: settings, the warehouse, the run, failure ------------------------------------------------------
