"""Hoeveel A4 worden de documenten echt? LibreOffice maakt er een PDF van en telt de pagina's.

Voor de demo en voor een volledige sessie van elk thema (kern, thema en stem van het kind): het
OPP past op hooguit vijf A4, het kinddeel op één, en de schatting die de gebruiker ziet ligt
hooguit een pagina naast wat LibreOffice opmaakt. Zonder `soffice` slaat deze test over.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest

from assistent.kern.concept.bouwen import bouw_concept
from assistent.kern.concept.lengte import paginas
from assistent.kern.demo import maak_demo, vul
from assistent.kern.export.docx import render_docx
from assistent.kern.school import Schoolprofiel
from assistent.kern.werkruimte import Werkruimte

pytestmark = pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice ontbreekt")
DAG = date(2026, 12, 2)
THEMAS = ("gedrag", "rekenen", "mbhb")
PROFIEL = Schoolprofiel(school="Basisschool De Regenboog, Utrecht",
                        intern_begeleider="Fatma Yilmaz", directeur="Peter de Boer")


@pytest.fixture(scope="module")
def gemeten(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, int]]:
    """(geschat, echt) per document; alles in één keer door LibreOffice, dat scheelt opstarten."""
    map_ = tmp_path_factory.mktemp("paginas")
    werkruimte = Werkruimte.laad(map_)
    gesprekken = {"demo": maak_demo(werkruimte, DAG)[0]}
    for thema in THEMAS:
        if thema in werkruimte.catalogus.vragenlijsten:
            gesprek, _ = werkruimte.nieuw("Sara", ["opp", thema, "stem_kind"], 5)
            vul(gesprek, DAG)
            gesprekken[thema] = gesprek
    schatting: dict[str, int] = {}
    bestanden: list[str] = []
    for naam, gesprek in gesprekken.items():
        for document in ("opp", "kinddeel", "agenda"):
            concept = bouw_concept(gesprek, document, vandaag=DAG, school=PROFIEL)
            pad = map_ / f"{naam}-{document}.docx"
            pad.write_bytes(render_docx(concept))
            bestanden.append(str(pad))
            schatting[pad.stem] = paginas(concept)
    proces = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{map_}/lo", "--headless", "--convert-to",
         "pdf", "--outdir", str(map_), *bestanden],
        capture_output=True, timeout=300,
    )
    assert proces.returncode == 0, proces.stderr
    echt = {}
    for stem in schatting:
        pdf = (map_ / f"{stem}.pdf").read_bytes()
        echt[stem] = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    return {stem: (schatting[stem], echt[stem]) for stem in schatting}


def test_elk_opp_past_op_hooguit_vijf_a4(gemeten: dict[str, tuple[int, int]]) -> None:
    opp = {naam: echt for naam, (_, echt) in gemeten.items() if naam.endswith("-opp")}
    assert opp and all(1 <= n <= 5 for n in opp.values()), opp


def test_het_kinddeel_past_op_een_a4(gemeten: dict[str, tuple[int, int]]) -> None:
    kinddeel = {naam: echt for naam, (_, echt) in gemeten.items() if naam.endswith("-kinddeel")}
    assert set(kinddeel.values()) == {1}, kinddeel


def test_de_schatting_ligt_hooguit_een_pagina_naast_libreoffice(
    gemeten: dict[str, tuple[int, int]],
) -> None:
    mis = {naam: (s, e) for naam, (s, e) in gemeten.items() if abs(s - e) > 1}
    assert mis == {}

