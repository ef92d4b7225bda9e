"""Data die elkaar tegenspreken, meteen bij het invullen: zachte waarschuwingen met de reden.

De motor leest de data per rol, nooit per vraag-id. Een waarschuwing mag blijven staan met een
reden (net als bij een vaag doel): soms klopt het echt, bijvoorbeeld bij een OPP dat achteraf
wordt vastgelegd. Elke tegenspraak hoort bij één rol, de 'eigenaar'; die vraag toont hem in de
lijst met signalen. Bij het invullen van de andere datum komt hij ook, want dan ontstaat hij.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from assistent.kern.vragenlijst.waarden import datumtekst

ZES_WEKEN = timedelta(weeks=6)

# De rollen die de controles hieronder lezen; bij andere vragen hoeft de motor niets te doen.
ROLLEN = frozenset({
    "start_ondersteuning", "vaststelling", "tussenevaluatie", "evaluatie_datum", "einddatum",
    "overleg_datum", "instemming",
})


@dataclass(frozen=True)
class _Regel:
    eigenaar: str
    rollen: tuple[str, ...]
    controle: Callable[[Mapping[str, object], date], str | None]


def _dag(antwoorden: Mapping[str, object], rol: str) -> date | None:
    waarde = antwoorden.get(rol)
    return waarde if isinstance(waarde, date) else None


def _niet_voor(later: str, eerder: str, wat: str, waarom: str) -> _Regel:
    """`later` mag niet vóór `eerder` liggen."""

    def controle(a: Mapping[str, object], _vandaag: date) -> str | None:
        dag_later, dag_eerder = _dag(a, later), _dag(a, eerder)
        if dag_later is None or dag_eerder is None or dag_later >= dag_eerder:
            return None
        return wat.format(later=datumtekst(dag_later), eerder=datumtekst(dag_eerder)) + waarom

    return _Regel(later, (later, eerder), controle)


def _binnen_zes_weken(a: Mapping[str, object], _vandaag: date) -> str | None:
    start, vast = _dag(a, "start_ondersteuning"), _dag(a, "vaststelling")
    if start is None or vast is None or vast <= start + ZES_WEKEN:
        return None
    return (f"De vaststelling ({datumtekst(vast)}) ligt meer dan zes weken na de start van de "
            f"extra ondersteuning ({datumtekst(start)}). Een OPP wordt binnen zes weken na de "
            f"start vastgesteld: uiterlijk {datumtekst(start + ZES_WEKEN)}.")


def _binnen_een_jaar(a: Mapping[str, object], _vandaag: date) -> str | None:
    vast, evaluatie = _dag(a, "vaststelling"), _dag(a, "evaluatie_datum")
    if vast is None or evaluatie is None or evaluatie <= _plus_jaar(vast):
        return None
    return (f"De evaluatie ({datumtekst(evaluatie)}) ligt meer dan een jaar na de vaststelling "
            f"({datumtekst(vast)}). Evalueer het OPP minstens eens per jaar met ouders: "
            f"uiterlijk {datumtekst(_plus_jaar(vast))}.")


def _plus_jaar(dag: date) -> date:
    try:
        return dag.replace(year=dag.year + 1)
    except ValueError:  # 29 februari
        return dag.replace(year=dag.year + 1, day=28)


def _instemming_na_overleg(a: Mapping[str, object], vandaag: date) -> str | None:
    overleg = _dag(a, "overleg_datum")
    if overleg is None or overleg <= vandaag or a.get("instemming") not in ("ja", "nee"):
        return None
    besluit = "stemmen in" if a.get("instemming") == "ja" else "stemmen niet in"
    return (f"Hier staat dat ouders {besluit}, maar het overleg met ouders is pas op "
            f"{datumtekst(overleg)}. Ouders besluiten in of na dat overleg: kies 'nog niet' tot "
            "het gesprek is geweest, of pas de datum van het overleg aan.")


def _nog_te_komen(rol: str, wat: str) -> _Regel:
    """Een moment dat nog moet komen (een evaluatie), met een datum die al voorbij is."""

    def controle(a: Mapping[str, object], vandaag: date) -> str | None:
        dag = _dag(a, rol)
        if dag is None or dag >= vandaag:
            return None
        return (f"{wat} staat op {datumtekst(dag)}, en die datum is al voorbij. Kies een datum "
                "die nog komt, of geef een reden als het zo klopt.")

    return _Regel(rol, (rol,), controle)


REGELS: tuple[_Regel, ...] = (
    _Regel("vaststelling", ("start_ondersteuning", "vaststelling"), _binnen_zes_weken),
    _Regel("evaluatie_datum", ("vaststelling", "evaluatie_datum"), _binnen_een_jaar),
    _niet_voor("evaluatie_datum", "vaststelling",
               "De evaluatie ({later}) ligt vóór de vaststelling van het OPP ({eerder}).",
               " Evalueren kan pas als het OPP is vastgesteld en een tijd heeft gelopen."),
    _niet_voor("tussenevaluatie", "vaststelling",
               "De tussenevaluatie ({later}) ligt vóór de vaststelling van het OPP ({eerder}).",
               " Kijk tussentijds terug als de aanpak een paar weken loopt."),
    _niet_voor("evaluatie_datum", "tussenevaluatie",
               "De evaluatie ({later}) ligt vóór de tussenevaluatie ({eerder}).",
               " De tussenevaluatie komt eerst, zodat je nog kunt bijsturen."),
    _niet_voor("einddatum", "vaststelling",
               "Het OPP stopt ({later}) vóór het is vastgesteld ({eerder}).",
               " Controleer beide data."),
    _Regel("instemming", ("instemming", "overleg_datum"), _instemming_na_overleg),
    _nog_te_komen("tussenevaluatie", "De tussenevaluatie"),
    _nog_te_komen("evaluatie_datum", "De evaluatie"),
)


def datumwaarschuwingen(
    rol: str, antwoorden: Mapping[str, object], vandaag: date, *, alleen_eigen: bool = False
) -> list[str]:
    """De tegenspraken waar de vraag met deze rol bij hoort (bij het invullen), of alleen die
    waarvan hij de eigenaar is (voor de lijst met signalen: zo staat elke tegenspraak er één
    keer). `antwoorden` zijn de geldende antwoorden per rol, met het nieuwe antwoord erin."""
    meldingen: list[str] = []
    for regel in REGELS:
        if (regel.eigenaar != rol) if alleen_eigen else (rol not in regel.rollen):
            continue
        melding = regel.controle(antwoorden, vandaag)
        if melding:
            meldingen.append(melding)
    return meldingen
