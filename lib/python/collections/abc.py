# SPDX-License-Identifier: GPL-3.0-or-later
from _collections_abc import *
from _collections_abc import __all__
