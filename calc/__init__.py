"""gpubot's calculator: pure, synchronous, deterministic. No I/O at answer time.

    from calc import ask
    request, result = ask("how many H100s for 100M users?")
"""

from calc.engine import ask, compute
from calc.parse import parse
from calc.result import Assumption, CalcError, Figure, Reference, Result
from calc.stated import Request

__all__ = ["Assumption", "CalcError", "Figure", "Reference", "Request", "Result", "ask",
           "compute", "parse"]
