"""Voorbeeldzinnen: de meegeleverde bestanden, het invullen en de keuze per vraag."""

from __future__ import annotations

import dataclasses
import tomllib
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from assistent.kern import doelcheck, locaties
from assistent.kern.vragenlijst import laden
from assistent.kern.vragenlijst.modellen import Optie, Voorbeeldzin, Vraag
from assistent.kern.vragenlijst.schema import valideer
from assistent.kern.vragenlijst.voorbeeldzinnen import (
    PLEKKEN,
    Suggestie,
    plekken,
    suggesties,
    vul_plekken,
    vul_zin,
)

# Eén invulling per plek uit de vaste set: zo is elke zin af te maken zonder per zin te weten
# wat er staat.
INVULLING = {
    "aantal": "4",
    "totaal": "5",
    "procent": "80",
    "minuten": "5",
    "seconden": "3",
    "weken": "8",
    "datum": "1 maart",
    "situatie": "tijdens het zelfstandig werken",
    "hulpmiddel": "de stappenkaart",
    "onderwerp": "breuken",
    "getallengebied": "tot 100",
    "tafels": "6 en 7",
    "niveau": "M5",
    "blok": "6",
    "vak": "rekenen",
    "interesse": "dinosaurussen",
    "persoon": "de intern begeleider",
    "naam ouder": "Anna Jansen",
    "wat ik doe": "vraag hulp met mijn hulpkaartje",
    "dag/week": "dag",
}
VOORNAAMWOORDEN = ("hij", "zij", "hen")


def bestanden() -> list[Path]:
    return sorted(locaties.voorbeeldzinnenmap().glob("*.toml"))


@cache
def zinnen() -> tuple[Voorbeeldzin, ...]:
    return tuple(z for pad in bestanden() for z in laden.laad_voorbeeldzinnen(pad))


def context(voornaamwoord: str, naam: str = "Sam") -> dict[str, object]:
    return {"naam": naam, "voornaamwoord": voornaamwoord}


# --- De meegeleverde bestanden ------------------------------------------------------------


@pytest.mark.parametrize("pad", bestanden(), ids=lambda p: p.name)
def test_elk_meegeleverd_bestand_laadt_zonder_fouten(pad: Path) -> None:
    assert laden.laad_voorbeeldzinnen(pad)


def test_de_catalogus_meldt_geen_fouten_in_de_voorbeeldzinnen() -> None:
    catalogus = laden.laad_catalogus(None)
    map_ = locaties.voorbeeldzinnenmap()
    assert [str(f) for f in catalogus.fouten if f.bestand.parent == map_] == []
    assert len(catalogus.voorbeeldzinnen) == len(zinnen())


def test_er_zijn_minstens_150_zinnen_verdeeld_over_meerdere_bestanden() -> None:
    assert len(zinnen()) >= 150
    assert len(bestanden()) >= 5


def test_elke_id_komt_over_alle_bestanden_maar_een_keer_voor() -> None:
    ids = [
        zin["id"]
        for pad in bestanden()
        for zin in tomllib.loads(pad.read_text(encoding="utf-8"))["zin"]
    ]
    assert [i for i, n in Counter(ids).items() if n > 1] == []


def test_elk_groot_onderdeel_van_het_opp_heeft_zinnen() -> None:
    onderdelen = Counter(z.onderdeel for z in zinnen())
    for onderdeel in ("factoren_bevorderend", "factoren_belemmerend", "onderwijsbehoeften",
                      "onderbouwing", "doelen", "aanpak", "afspraken_ouders",
                      "afspraken_leerling", "stem_kind", "kinddeel"):
        assert onderdelen[onderdeel] >= 3, onderdeel
    themas = {t for z in zinnen() for t in z.themas}
    assert {"gedrag", "rekenen", "mbhb", "stem_kind", "algemeen"} <= themas


def test_elke_open_plek_komt_uit_de_vaste_set() -> None:
    onbekend = {(z.id, p) for z in zinnen() for p in plekken(z.tekst) if p not in PLEKKEN}
    assert onbekend == set()
    assert set(INVULLING) == set(PLEKKEN)


@pytest.mark.parametrize("voornaamwoord", VOORNAAMWOORDEN)
def test_elke_zin_rendert_zonder_sjabloonresten(voornaamwoord: str) -> None:
    for zin in zinnen():
        tekst = vul_zin(zin, context(voornaamwoord))
        for rest in ("{{", "}}", "{%", "nog invullen", "de leerling"):
            assert rest not in tekst, (zin.id, tekst)
        # Een bouwsteen van een doel komt achter de naam; de rest begint als een zin.
        if zin.onderdeel != "intern":
            assert tekst[:1].isupper() or tekst.startswith("["), (zin.id, tekst)


# --- Voornaamwoorden ----------------------------------------------------------------------

VERWACHT = {
    ("bev_kind_zelfkennis", "hij"):
        "Sam kan goed aangeven wat hem helpt en wat niet. Hij denkt mee over de aanpak die "
        "bij hem past.",
    ("bev_kind_zelfkennis", "zij"):
        "Sam kan goed aangeven wat haar helpt en wat niet. Zij denkt mee over de aanpak die "
        "bij haar past.",
    ("bev_kind_zelfkennis", "hen"):
        "Sam kan goed aangeven wat hen helpt en wat niet. Hen denkt mee over de aanpak die "
        "bij hen past.",
    ("dg_vinger_opsteken", "hij"):
        "Voor [datum] steekt Sam tijdens de instructie zijn vinger op voordat hij iets zegt, "
        "in [aantal] van de [totaal] instructiemomenten, gemeten met een turflijst.",
    ("dg_vinger_opsteken", "zij"):
        "Voor [datum] steekt Sam tijdens de instructie haar vinger op voordat zij iets zegt, "
        "in [aantal] van de [totaal] instructiemomenten, gemeten met een turflijst.",
    ("dg_vinger_opsteken", "hen"):
        "Voor [datum] steekt Sam tijdens de instructie hun vinger op voordat hen iets zegt, "
        "in [aantal] van de [totaal] instructiemomenten, gemeten met een turflijst.",
    ("bel_kind_vermoeidheid", "hen"):
        "Sam is snel moe. Aan het eind van de ochtend en in de middag neemt hun inzet "
        "zichtbaar af.",
    ("dg_samenwerken", "zij"):
        "Voor [datum] verdeelt Sam bij een samenwerkingsopdracht de taken samen met haar maatje "
        "en voert zij haar deel uit, bij [aantal] van de [totaal] opdrachten, beoordeeld met "
        "een observatielijst.",
}


@pytest.mark.parametrize(("zin_id", "voornaamwoord"), sorted(VERWACHT))
def test_voornaamwoorden_staan_goed_in_de_zin(zin_id: str, voornaamwoord: str) -> None:
    zin = next(z for z in zinnen() if z.id == zin_id)
    assert vul_zin(zin, context(voornaamwoord)) == VERWACHT[(zin_id, voornaamwoord)]


def test_een_naam_krijgt_aan_het_begin_van_een_zin_een_hoofdletter() -> None:
    assert vul_zin("{{ Naam }} werkt. {{ Hij }} lacht.", context("hen", "jip")) == (
        "Jip werkt. Hen lacht."
    )


# --- Veilig invullen ----------------------------------------------------------------------


def test_een_antwoord_met_sjabloontekst_komt_er_letterlijk_uit() -> None:
    naam = "{{ 7*7 }}{% for x in 'ab' %}x{% endfor %}"
    assert vul_zin("{{ Naam }} werkt.", context("zij", naam)) == f"{naam} werkt."


def test_de_zandbak_geeft_geen_python_binnenkant_prijs() -> None:
    for sjabloon in ("{{ naam.__class__.__mro__ }}", "{{ ''.__class__.__subclasses__() }}"):
        assert "<class" not in vul_zin(sjabloon, context("hij"))


def test_een_onbekende_naam_wordt_een_zichtbare_open_plek() -> None:
    tekst = vul_zin("{{ Naam }} zit in groep {{ groepje }}.", context("hij"))
    assert tekst == "Sam zit in groep [nog invullen: groepje]."
    assert plekken(tekst) == ["nog invullen: groepje"]


def test_een_kapotte_eigen_zin_komt_ongewijzigd_terug() -> None:
    for sjabloon in ("{{ naam ", "{{ onbekend.veld.dieper }} werkt", "{{ 1/0 }}"):
        tekst = vul_zin(sjabloon, context("hij"))
        assert isinstance(tekst, str) and tekst


def test_open_plekken_blijven_staan_en_worden_gevonden() -> None:
    tekst = vul_zin("Voor [datum] doet {{ naam }} het [aantal] keer, zie bijlage [1].", {})
    assert tekst == "Voor [datum] doet de leerling het [aantal] keer, zie bijlage [1]."
    assert plekken(tekst) == ["datum", "aantal"]
    assert plekken("Klaar, zonder open plekken.") == []


def test_vul_plekken_vult_alleen_wat_het_kent() -> None:
    assert vul_plekken("[aantal] van de [totaal] voor [datum]", {"aantal": "3", "datum": "mei"}) == (
        "3 van de [totaal] voor mei"
    )


# --- Doelen zijn meetbaar -----------------------------------------------------------------


def test_elk_doel_is_meetbaar_als_de_plekken_zijn_ingevuld() -> None:
    doelen = [z for z in zinnen() if z.doel]
    assert len(doelen) >= 40
    niet_meetbaar = []
    for zin in doelen:
        for voornaamwoord in VOORNAAMWOORDEN:
            tekst = vul_plekken(vul_zin(zin, context(voornaamwoord)), INVULLING)
            assert plekken(tekst) == [], (zin.id, tekst)
            oordeel = doelcheck.controleer(tekst, naam="Sam")
            if not oordeel.meetbaar:
                niet_meetbaar.append((zin.id, voornaamwoord, oordeel.ontbreekt, tekst))
    assert niet_meetbaar == []


def test_de_doelcheck_onderscheidt_een_voorbeelddoel_van_een_vaag_doel() -> None:
    """Zonder dit zou de vorige test ook slagen met een doelcheck die alles goedkeurt."""
    assert not doelcheck.controleer("Sam wordt beter in rekenen.", naam="Sam").meetbaar


# --- Suggesties ---------------------------------------------------------------------------


def zin(zin_id: str, onderdeel: str, themas: tuple[str, ...] = (), doel: bool = False) -> Voorbeeldzin:
    return Voorbeeldzin(id=zin_id, onderdeel=onderdeel, themas=themas, doel=doel,
                        tekst=f"{{{{ Naam }}}} {zin_id}.")


KLEINE_CATALOGUS = {
    z.id: z
    for z in (
        zin("ander_onderdeel", "aanpak", ("gedrag",)),
        zin("zonder_thema", "onderwijsbehoeften"),
        zin("algemeen_een", "onderwijsbehoeften", ("algemeen",)),
        zin("rekenen_een", "onderwijsbehoeften", ("rekenen",)),
        zin("gedrag_een", "onderwijsbehoeften", ("gedrag",)),
        zin("gedrag_twee", "onderwijsbehoeften", ("gedrag", "algemeen")),
        zin("genoemd", "aanpak"),
        zin("bij_optie", "aanpak"),
        zin("doel_gedrag", "doelen", ("gedrag",), doel=True),
        zin("geen_doel", "doelen", ("gedrag",)),
        zin("doel_rekenen", "doelen", ("rekenen",), doel=True),
    )
}


def vraag(**velden: object) -> Vraag:
    return valideer(Vraag, {"id": "behoeften", "soort": "lang", "vraag": "Wat?",
                            "sectie": "onderwijsbehoeften", **velden})


def test_suggesties_noemen_eerst_de_zinnen_van_de_vraag_dan_het_eigen_thema() -> None:
    uit = suggesties(
        KLEINE_CATALOGUS,
        vraag(soort="keuze", voorbeeldzinnen=("genoemd", "bestaat_niet"),
              opties=(Optie(waarde="a", label="A", voorbeeldzin="bij_optie"),)),
        "gedrag",
        context("zij", "lotte"),
    )
    assert [s.id for s in uit] == [
        "genoemd", "bij_optie", "gedrag_een", "gedrag_twee", "algemeen_een",
        "zonder_thema", "rekenen_een",
    ]
    assert uit[0] == Suggestie("genoemd", "Lotte genoemd.")


def test_een_thema_van_de_vraag_gaat_voor_algemene_zinnen() -> None:
    uit = suggesties(KLEINE_CATALOGUS, vraag(themas=("rekenen",)), "opp", context("hij"))
    assert [s.id for s in uit] == [
        "rekenen_een", "algemeen_een", "gedrag_twee", "zonder_thema", "gedrag_een",
    ]


def test_het_thema_komt_uit_de_gegevens_van_de_vraag_niet_uit_zijn_id() -> None:
    met_id = suggesties(KLEINE_CATALOGUS, vraag(id="behoeften_rekenen"), "opp", context("hij"))
    assert [s.id for s in met_id][0] == "algemeen_een"


def test_het_domein_van_een_factorvraag_kiest_de_zinnen_van_dat_domein() -> None:
    zinnen = {z.id: z for z in (
        zin("kind_een", "factoren_belemmerend", ("kind",)),
        zin("thuis_een", "factoren_belemmerend", ("thuis",)),
        zin("onderwijs_een", "factoren_belemmerend", ("onderwijs",)),
    )}
    factor = vraag(id="dyslexie_belemmerend_school", soort="meerkeuze", domein="onderwijs",
                   sectie="factoren_belemmerend", opties=(Optie(waarde="a", label="A"),))
    uit = suggesties(zinnen, factor, "eigen_school", context("hij"))
    assert [s.id for s in uit][0] == "onderwijs_een"


def test_suggesties_houden_zich_aan_het_maximum_en_zijn_steeds_gelijk() -> None:
    eerste = suggesties(KLEINE_CATALOGUS, vraag(), "gedrag", context("hij"), maximum=2)
    assert [s.id for s in eerste] == ["gedrag_een", "gedrag_twee"]
    assert eerste == suggesties(KLEINE_CATALOGUS, vraag(), "gedrag", context("hij"), maximum=2)
    assert suggesties(KLEINE_CATALOGUS, vraag(), "gedrag", context("hij"), maximum=0) == []


def test_een_doelvraag_krijgt_alleen_doelen() -> None:
    for doelvraag in (vraag(soort="doel", sectie="doelen"),
                      vraag(soort="lijst", item="doel", sectie="doelen")):
        uit = suggesties(KLEINE_CATALOGUS, doelvraag, "rekenen", context("hij"))
        assert [s.id for s in uit] == ["doel_rekenen", "doel_gedrag"]


def test_een_suggestie_is_onveranderlijk() -> None:
    suggestie = Suggestie("a", "b")
    with pytest.raises(dataclasses.FrozenInstanceError):
        suggestie.tekst = "c"  # type: ignore[misc]


def test_de_opp_kern_krijgt_passende_suggesties_uit_de_echte_catalogus() -> None:
    catalogus = laden.laad_catalogus(None)
    opp = catalogus.vragenlijst("opp")
    assert opp is not None
    doelen = opp.vraag("doelen")
    thuis = opp.vraag("belemmerend_thuis")
    assert doelen is not None and thuis is not None

    uit = suggesties(catalogus, doelen, "opp", context("zij", "Noor"))
    assert len(uit) == 9
    assert all(catalogus.voorbeeldzinnen[s.id].doel for s in uit)

    uit = suggesties(catalogus, thuis, "opp", context("zij", "Noor"), maximum=3)
    assert all("thuis" in catalogus.voorbeeldzinnen[s.id].themas for s in uit)
    assert all("{{" not in s.tekst for s in uit)
