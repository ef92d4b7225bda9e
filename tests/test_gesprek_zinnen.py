"""Onze eigen zinnen halen onze eigen controles, en de voorbeeldzinnen volgen de thema's van de
sessie: eerst de thema's, dan de lopende vragenlijst."""

from __future__ import annotations

import itertools
from datetime import date, datetime

import pytest

from assistent.kern.concept.model import Feit, Feiten
from assistent.kern.concept.opp import bouw_opp
from assistent.kern.concept.volledigheid import controleer
from assistent.kern.doelcheck import controleer as doelcheck
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import Sessie
from assistent.kern.vragenlijst.laden import Catalogus, laad_catalogus
from assistent.kern.vragenlijst.modellen import Voorbeeldzin, Vraag
from assistent.kern.vragenlijst.voorbeeldzinnen import vul_plekken, vul_zin
from assistent.kern.werkruimte import voorbeeldzinnen_bij
from tests.nep import nep_doelcheck
from tests.test_voorbeeldzinnen import INVULLING, context

CATALOGUS = laad_catalogus(None)
VANDAAG = date(2027, 2, 15)
# De controles van het concept die over de tekst van een antwoord gaan.
TEKSTCONTROLES = ("Basisondersteuning", "Toetsscores", "Open plekken")


def ingevuld(zin: Voorbeeldzin, voornaamwoord: str = "hij") -> str:
    return vul_plekken(vul_zin(zin, context(voornaamwoord, "Sem")), INVULLING)


def zinnen(doel: bool) -> list[Voorbeeldzin]:
    return [z for z in CATALOGUS.voorbeeldzinnen.values() if z.doel == doel]


@pytest.mark.parametrize("zin", zinnen(doel=True), ids=lambda z: z.id)
def test_elke_doelzin_is_ingevuld_meetbaar_volgens_de_doelcheck(zin: Voorbeeldzin) -> None:
    oordeel = doelcheck(ingevuld(zin))
    assert oordeel.meetbaar, (zin.id, oordeel.ontbreekt, ingevuld(zin))


@pytest.mark.parametrize("zin", zinnen(doel=False), ids=lambda z: z.id)
def test_elke_andere_zin_haalt_ingevuld_de_controles_van_het_concept(zin: Voorbeeldzin) -> None:
    """Geen zin mag de eigen waarschuwingen oproepen, zoals 'basisondersteuning beschreven'
    bij de aanleiding: die kwam anders als open punt in de agenda van ouders terecht."""
    vraag = Vraag(id="proef", soort="lang", vraag="Proef?", sectie=zin.onderdeel)
    feiten = Feiten((Feit(vraag, ingevuld(zin), "opp"),))
    uitslag = {c.onderdeel: c for c in controleer(bouw_opp(feiten, VANDAAG, nep_doelcheck))}
    for naam in TEKSTCONTROLES:
        assert uitslag[naam].ok, (zin.id, uitslag[naam].uitleg)


def _bouwstenen(vraag_id: str) -> list[str]:
    for lijst in CATALOGUS.vragenlijsten.values():
        vraag = lijst.vraag(vraag_id)
        if vraag is not None:
            return [ingevuld(CATALOGUS.voorbeeldzinnen[z]) for z in vraag.voorbeeldzinnen]
    raise AssertionError(vraag_id)


@pytest.mark.parametrize(("thema", "eerste", "tweede", "extra"), [
    ("gedrag", "gedrag_gewenst", "gedrag_criterium", {"gedrag_meting": "turflijst"}),
    ("rekenen", "rekenen_vaardigheid", "rekenen_criterium", {}),
])
def test_elke_combinatie_van_bouwstenen_maakt_een_meetbaar_doel(
    thema: str, eerste: str, tweede: str, extra: dict[str, object]
) -> None:
    nu = datetime(2027, 2, 15)
    gesprek = Gesprek(Sessie(id="t", vragenlijsten=[thema], aangemaakt=nu, bijgewerkt=nu),
                      [CATALOGUS.vragenlijsten[thema]])
    for vraag_id, waarde in {"naam": "Sem", "voornaamwoord": "hij", **extra}.items():
        assert gesprek.beantwoord(vraag_id, waarde).bewaard
    doelvraag = next(s.vraag for s in gesprek.stappen if s.vraag.rol == "doel")
    for a, b in itertools.product(_bouwstenen(eerste), _bouwstenen(tweede)):
        gesprek.beantwoord(eerste, a)
        gesprek.beantwoord(tweede, b)
        voorstel = gesprek.voorstel(doelvraag)
        assert voorstel and voorstel.startswith(voorstel[:1].upper())
        oordeel = doelcheck(voorstel)
        assert oordeel.meetbaar, (voorstel, oordeel.ontbreekt)


# --- de volgorde van de voorbeeldzinnen ----------------------------------------------------


def gesprek_over(catalogus: Catalogus, *lijsten: str) -> Gesprek:
    nu = datetime(2027, 2, 15)
    g = Gesprek(Sessie(id="t", vragenlijsten=list(lijsten), aangemaakt=nu, bijgewerkt=nu),
                [catalogus.vragenlijsten[i] for i in lijsten], doelcheck=nep_doelcheck)
    g.beantwoord("naam", "Sem")
    g.beantwoord("voornaamwoord", "hij")
    return g


def aangeboden(g: Gesprek, vraag_id: str) -> list[tuple[str, str | None]]:
    stap = next(s for s in g.zichtbaar() if s.vraag.id == vraag_id)
    return [(s.id, s.thema) for s in voorbeeldzinnen_bij(CATALOGUS, g, stap)]


@pytest.mark.parametrize("thema", ["gedrag", "rekenen", "mbhb"])
def test_bij_een_vraag_van_de_kern_gaan_de_zinnen_van_het_thema_van_de_sessie_voor(
    thema: str,
) -> None:
    g = gesprek_over(CATALOGUS, "opp", thema, "stem_kind")
    zinnen_ = aangeboden(g, "onderwijsbehoeften")
    themas = [t for _, t in zinnen_]
    assert themas[0] == thema
    # Een thema dat niet in de sessie zit, komt niet voor de eigen thema's en 'algemeen'.
    andere = {"gedrag", "rekenen", "mbhb"} - {thema}
    eerste_vreemd = next((i for i, t in enumerate(themas) if t in andere), len(themas))
    assert all(t not in andere for t in themas[:eerste_vreemd])
    assert thema in themas[:eerste_vreemd]


def test_bij_de_doellijst_van_een_thema_komen_eerst_zijn_eigen_doelzinnen() -> None:
    g = gesprek_over(CATALOGUS, "opp", "gedrag", "rekenen", "stem_kind")
    for thema in ("gedrag", "rekenen"):
        zinnen_ = aangeboden(g, f"{thema}_doel")
        assert zinnen_[0][1] == thema
        assert all(CATALOGUS.voorbeeldzinnen[i].doel for i, _ in zinnen_)
        eigen = [i for i, t in zinnen_ if t == thema]
        assert zinnen_[: len(eigen)] == [(i, thema) for i in eigen]


def test_de_zinnen_over_ouders_staan_alleen_bij_de_vraag_naar_ouders() -> None:
    g = gesprek_over(CATALOGUS, "opp")
    assert [i for i, _ in aangeboden(g, "ouders")][:1] == ["ouders_twee"]
    assert aangeboden(g, "leerkracht") == []


def test_een_bouwsteen_van_een_doel_toont_alleen_zijn_eigen_zinnen() -> None:
    g = gesprek_over(CATALOGUS, "opp", "gedrag")
    gewenst = {i for i, _ in aangeboden(g, "gedrag_gewenst")}
    criterium = {i for i, _ in aangeboden(g, "gedrag_criterium")}
    assert gewenst and criterium and not gewenst & criterium
    assert all(i.startswith("gb_gewenst") for i in gewenst)


def test_een_voorbeeldzin_volgt_het_voornaamwoord() -> None:
    g = gesprek_over(CATALOGUS, "opp", "gedrag")
    g.beantwoord("voornaamwoord", "zij")
    stap = next(s for s in g.zichtbaar() if s.vraag.id == "gedrag_gewenst")
    teksten = [s.tekst for s in voorbeeldzinnen_bij(CATALOGUS, g, stap)]
    assert any(" haar " in f" {t} " for t in teksten)
    assert not any(" zijn " in f" {t} " for t in teksten)
