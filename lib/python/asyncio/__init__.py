"""asyncio for pyvm: an event loop of callbacks and timers, Futures,
Tasks running coroutines, and what is built on them (gather, wait,
wait_for, timeouts, task groups, queues, locks).

pyvm has no threads and no select(), so the loop is driven by timers
alone: when nothing is ready it sleeps until the next timer is due. There
are no transports, streams, subprocesses or executors.
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .timeouts import *

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__
           + exceptions.__all__ + futures.__all__ + locks.__all__
           + queues.__all__ + runners.__all__ + taskgroups.__all__
           + tasks.__all__ + timeouts.__all__)
