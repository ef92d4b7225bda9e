"""De Jinja2-sandbox met grenzen: een vragenlijst van een school kan geen geheugen of tijd opeten.

`ImmutableSandboxedEnvironment` verbiedt al attributen als `__class__` en elke verandering van
een lijst of tabel (`doelen.append(…)`): een voorwaarde kan dus geen antwoord veranderen. Maar
een expressie als `'a' * 10**9`, `groep ** (10**8)`, `range(10**5)` in een dubbele lus of
een macro die zichzelf aanroept mocht nog alles. Hier komen de grenzen bij, op de plekken die
de Jinja2-documentatie daarvoor geeft (`intercepted_binops` en `call_binop`, `call`, `getattr`,
`concat`), plus een herschrijving van de boom vóór het vertalen (`compile`): elke `for`-lus telt
zijn rondes, en `~` (aan elkaar plakken) kijkt naar de lengte.

Elke vertaalde tekst en expressie krijgt per keer dat hij wordt uitgerekend een `Begroting`:
een tijdslimiet, een maximum aantal lusrondes en een maximale diepte van aanroepen. Wie een
grens raakt krijgt een `SecurityError`; de chat toont dan de ruwe tekst of verbergt de vraag, en
`opp-assistent valideer` meldt het (zie `vragenlijst/proef.py`).
"""

from __future__ import annotations

import contextlib
import re
import string
import threading
import time
import types
from collections.abc import Callable, Iterable, Iterator
from functools import wraps
from typing import Any

from jinja2 import Template, nodes
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

MAX_LENGTE = 100_000  # tekens in een tekst of items in een lijst
MAX_UITVOER = 1_000_000  # tekens die één sjabloon oplevert
MAX_BEREIK = 10_000  # range()
MAX_BITS = 4_096  # gehele getallen: 10**1000 is al ruim
MAX_BREEDTE = 1_000  # breedte in opmaak ('%5d', '{:>5}') en bij indent of tojson
MAX_RONDES = 10_000  # rondes van alle lussen samen, per keer uitrekenen
MAX_DIEPTE = 40  # aanroepen in elkaar (een macro die zichzelf aanroept)
MAX_TIJD = 3.0  # seconden per keer uitrekenen

_staat = threading.local()


class Begroting:
    """Wat één keer uitrekenen mag gebruiken."""

    __slots__ = ("diepte", "eind", "rondes")

    def __init__(self) -> None:
        self.eind = time.monotonic() + MAX_TIJD
        self.rondes = 0
        self.diepte = 0


@contextlib.contextmanager
def begroting() -> Iterator[Begroting]:
    """Een nieuwe begroting, of de lopende (een sjabloon dat binnen een sjabloon draait)."""
    lopend: Begroting | None = getattr(_staat, "begroting", None)
    if lopend is not None:
        yield lopend
        return
    _staat.begroting = nieuw = Begroting()
    try:
        yield nieuw
    finally:
        _staat.begroting = None


def _huidig() -> Begroting | None:
    begroting_: Begroting | None = getattr(_staat, "begroting", None)
    if begroting_ is not None and time.monotonic() > begroting_.eind:
        raise SecurityError(f"het uitrekenen duurt te lang (meer dan {MAX_TIJD:g} seconden)")
    return begroting_


def _grootte(waarde: Any, wat: str = "de uitkomst") -> Any:
    if isinstance(waarde, str | bytes | list | tuple | dict | set) and len(waarde) > MAX_LENGTE:
        raise SecurityError(f"{wat} wordt te groot (meer dan {MAX_LENGTE} tekens of items)")
    return waarde


def _bits(getal: int) -> int:
    return abs(getal).bit_length()


def _reeks(waarde: Any) -> bool:
    return isinstance(waarde, str | list | tuple)


_OPMAAK_GETAL = re.compile(r"\d+")


def _controleer_opmaak(opmaak: Any, waarden: Iterable[Any]) -> None:
    """'%099999d' of '{:>99999}' maakt uit één teken een enorme tekst; veel velden met een lange
    waarde ook. Dit schat vooraf wat `%` of `.format` zou maken."""
    if isinstance(opmaak, str):
        specs: list[str] = []
        velden = 0
        with contextlib.suppress(ValueError):
            for _, veld, spec, _ in string.Formatter().parse(opmaak):
                if veld is not None:
                    velden += 1
                    specs.append(spec or "")
        procent = re.findall(r"%(?:\([^)]*\))?[-#0 +]*([\d*]*)(?:\.([\d*]*))?[a-zA-Z%]", opmaak)
        velden += len(procent)
        specs += [breedte + "." + precisie for breedte, precisie in procent]
        for spec in specs:
            if "*" in spec or "{" in spec or any(
                int(g) > MAX_BREEDTE for g in _OPMAAK_GETAL.findall(spec)
            ):
                raise SecurityError(f"opmaak met een breedte boven {MAX_BREEDTE} kan hier niet")
        langste = max((len(str(w)) for w in waarden), default=0)
        if len(opmaak) + velden * (langste + MAX_BREEDTE) > MAX_LENGTE:
            raise SecurityError(f"de opmaak wordt te groot (meer dan {MAX_LENGTE} tekens)")


def _argumenten(args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[Any]:
    uit = list(args) + list(kwargs.values())
    for waarde in uit:
        if isinstance(waarde, dict):
            uit.extend(waarde.values())
    return uit


def _voor_tekstmethode(naam: str, tekst: str, args: tuple[Any, ...]) -> None:
    """Methoden van een tekst die hem veel langer kunnen maken, vooraf geschat."""
    if naam in ("ljust", "rjust", "center", "zfill") and args and isinstance(args[0], int):
        if args[0] > MAX_LENGTE:
            raise SecurityError(f"een breedte boven {MAX_LENGTE} kan hier niet")
    elif naam == "expandtabs" and args and isinstance(args[0], int) and args[0] > MAX_BREEDTE:
        raise SecurityError(f"een tabbreedte boven {MAX_BREEDTE} kan hier niet")
    elif naam == "replace" and len(args) >= 2:
        _schat_vervang(tekst, args[0], args[1])
    elif naam == "join" and args:
        _schat_plak(tekst, args[0])


def _schat_vervang(tekst: Any, oud: Any, nieuw: Any) -> None:
    if isinstance(tekst, str) and isinstance(oud, str) and isinstance(nieuw, str):
        keer = tekst.count(oud) if oud else len(tekst) + 1
        if len(tekst) + keer * max(0, len(nieuw) - len(oud)) > MAX_LENGTE:
            raise SecurityError(f"vervangen maakt de tekst te groot (meer dan {MAX_LENGTE})")


def _schat_plak(scheiding: str, delen: Any) -> None:
    if isinstance(delen, list | tuple):
        totaal = sum(len(d) for d in delen if isinstance(d, str))
        if totaal + len(scheiding) * max(0, len(delen) - 1) > MAX_LENGTE:
            raise SecurityError(f"de samengevoegde tekst wordt te groot (meer dan {MAX_LENGTE})")


def _begrensd_bereik(*args: int) -> range:
    bereik = range(*args)
    if len(bereik) > MAX_BEREIK:
        raise SecurityError(f"range() mag hooguit {MAX_BEREIK} getallen geven")
    return bereik


def _begrensd_filter(naam: str, filter_: Callable[..., Any]) -> Callable[..., Any]:
    """Elk filter: op tijd, met begrensde argumenten, en een uitkomst die niet te groot is."""

    @wraps(filter_)  # neemt ook `jinja_pass_arg` mee (pass_context en dergelijke)
    def begrensd(*args: Any, **kwargs: Any) -> Any:
        _huidig()
        # Met pass_context en dergelijke is het eerste argument de context, niet de waarde.
        gegevens = list(args[1:] if hasattr(filter_, "jinja_pass_arg") else args)
        waarde, rest = (gegevens[0], gegevens[1:]) if gegevens else (None, [])
        for arg in [*rest, *kwargs.values()]:
            if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_LENGTE:
                raise SecurityError(f"het filter '{naam}' kreeg een te groot getal")
        breedte = [*rest[:1], kwargs.get("width"), kwargs.get("indent")]
        if naam in ("indent", "tojson") and any(
            isinstance(b, int) and b > MAX_BREEDTE for b in breedte
        ):
            raise SecurityError(f"inspringen met meer dan {MAX_BREEDTE} tekens kan hier niet")
        if naam == "format":
            _controleer_opmaak(waarde, _argumenten(tuple(rest), kwargs))
        elif naam == "replace" and len(rest) >= 2:
            _schat_vervang(waarde, rest[0], rest[1])
        elif naam == "join" and isinstance(waarde, list | tuple):
            _schat_plak(str(rest[0]) if rest else "", [str(w) for w in waarde])
        return _grootte(filter_(*args, **kwargs))

    return begrensd


class _Begrenzer(NodeTransformer):
    """Herschrijft de boom vóór het vertalen: lussen tellen hun rondes, `~` kijkt naar de lengte."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Call(
            nodes.EnvironmentAttribute("tel_rondes"), [node.iter], [], None, None,
            lineno=node.lineno,
        )
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Call(
            nodes.EnvironmentAttribute("plak"), [nodes.List(node.nodes, lineno=node.lineno)],
            [], None, None, lineno=node.lineno,
        )


@contextlib.contextmanager
def _niet_te_diep() -> Iterator[None]:
    """Jinja2 leest en vertaalt recursief: `((((…))))` duizend keer diep is een fout in de tekst
    (zoals elke andere), geen RecursionError die het laden van alle vragenlijsten stopt."""
    try:
        yield
    except RecursionError:
        raise TemplateSyntaxError("de tekst is te diep genest (te veel haakjes of blokken "
                                  "in elkaar)", 1) from None


class BegrensdSjabloon(Template):
    """Een sjabloon dat bij elke keer invullen een eigen begroting krijgt."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        with begroting():
            return super().render(*args, **kwargs)


class Sandbox(ImmutableSandboxedEnvironment):
    """De onveranderlijke sandbox, met grenzen aan grootte, rekenwerk, lussen, diepte en tijd."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    template_class = BegrensdSjabloon

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals["range"] = _begrensd_bereik
        self.globals.pop("lipsum", None)  # maakt op verzoek megabytes aan tekst
        self.filters = {naam: _begrensd_filter(naam, f) for naam, f in self.filters.items()}

    # --- de boom begrenzen vóór het vertalen (ook voor compile_expression) -------------------

    def parse(
        self, source: str, name: str | None = None, filename: str | None = None
    ) -> nodes.Template:
        with _niet_te_diep():
            return super().parse(source, name, filename)

    def compile(
        self, source: str | nodes.Template, name: str | None = None,
        filename: str | None = None, raw: bool = False, defer_init: bool = False,
    ) -> Any:
        with _niet_te_diep():
            boom = self.parse(source, name, filename) if isinstance(source, str) else source
            _Begrenzer().visit(boom)
            if raw:
                return super().compile(boom, name, filename, True, defer_init)
            return super().compile(boom, name, filename, False, defer_init)

    def compile_expression(  # type: ignore[override]
        self, source: str, undefined_to_none: bool = True
    ) -> Callable[..., Any]:
        with _niet_te_diep():
            uitdrukking = super().compile_expression(source, undefined_to_none)

        def begrensd(*args: Any, **kwargs: Any) -> Any:
            with begroting():
                return uitdrukking(*args, **kwargs)

        return begrensd

    # --- wat de vertaalde code aanroept ---------------------------------------------------

    @staticmethod
    def concat(delen: Iterable[str]) -> str:
        """Alle uitvoer van een sjabloon of macro: hooguit `MAX_UITVOER` tekens."""
        stukken: list[str] = []
        lengte = 0
        for deel in delen:
            lengte += len(deel)
            if lengte > MAX_UITVOER:
                raise SecurityError(f"het sjabloon maakt te veel tekst (meer dan {MAX_UITVOER})")
            stukken.append(deel)
            if len(stukken) % 256 == 0:
                _huidig()
        return "".join(stukken)

    def plak(self, delen: list[Any]) -> str:
        """`a ~ b`: net als Jinja2 (`str` van elk deel), maar niet te lang."""
        teksten = [str(d) for d in delen]
        if sum(len(t) for t in teksten) > MAX_LENGTE:
            raise SecurityError(f"aan elkaar geplakte tekst wordt te lang (meer dan {MAX_LENGTE})")
        return "".join(teksten)

    def tel_rondes(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """Elke ronde van elke lus telt mee voor de begroting."""
        begroting_ = _huidig()
        for item in iterable:
            if begroting_ is not None:
                begroting_.rondes += 1
                if begroting_.rondes > MAX_RONDES:
                    raise SecurityError(f"de lussen draaien te vaak (meer dan {MAX_RONDES} keer)")
                if begroting_.rondes % 256 == 0:
                    _huidig()
            yield item

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _huidig()
        if operator == "**" and isinstance(left, int) and isinstance(right, int):
            if right > 0 and _bits(left) > 1 and _bits(left) * right > MAX_BITS:
                raise SecurityError("deze macht wordt te groot")
        elif operator == "*":
            for reeks, keer in ((left, right), (right, left)):
                if _reeks(reeks) and isinstance(keer, int) and len(reeks) * keer > MAX_LENGTE:
                    raise SecurityError(f"herhalen maakt meer dan {MAX_LENGTE} tekens of items")
            if isinstance(left, int) and isinstance(right, int) and \
                    _bits(left) + _bits(right) > MAX_BITS:
                raise SecurityError("dit product wordt te groot")
        elif operator == "+" and _reeks(left) and _reeks(right):
            if len(left) + len(right) > MAX_LENGTE:
                raise SecurityError(f"samenvoegen maakt meer dan {MAX_LENGTE} tekens of items")
        elif operator == "%" and isinstance(left, str):
            waarden = right.values() if isinstance(right, dict) else (
                right if isinstance(right, tuple) else (right,))
            _controleer_opmaak(left, waarden)
        return _grootte(super().call_binop(context, operator, left, right))

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        """Elke aanroep (ook van een macro): op tijd, niet te diep, niet te groot."""
        begroting_ = _huidig()
        eigenaar = getattr(obj, "__self__", None)
        if isinstance(obj, types.BuiltinMethodType | types.MethodType) and isinstance(
            eigenaar, str
        ):
            _voor_tekstmethode(obj.__name__, eigenaar, args)
        if begroting_ is not None:
            begroting_.diepte += 1
            if begroting_.diepte > MAX_DIEPTE:
                begroting_.diepte -= 1
                raise SecurityError(f"aanroepen gaan te diep (meer dan {MAX_DIEPTE} in elkaar)")
        try:
            uitkomst = super().call(context, obj, *args, **kwargs)
        finally:
            if begroting_ is not None:
                begroting_.diepte -= 1
        return _grootte(uitkomst)

    def getattr(self, obj: Any, attribute: str) -> Any:
        _huidig()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _huidig()
        return super().getitem(obj, argument)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        opmaak = super().wrap_str_format(value)
        if opmaak is None:
            return None
        tekst = value.__self__

        @wraps(opmaak)
        def begrensd(*args: Any, **kwargs: Any) -> str:
            _controleer_opmaak(tekst, _argumenten(args, kwargs))
            return str(_grootte(opmaak(*args, **kwargs)))

        return begrensd
