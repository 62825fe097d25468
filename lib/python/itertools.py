# SPDX-License-Identifier: GPL-3.0-or-later
"""Functional tools for creating and using iterators."""

# pyvm's itertools. Each iterator is a class, as in CPython's C module, with
# CPython's behaviour step for step: when it calls the underlying iterators
# and functions, what it keeps after an error or exhaustion, its repr, and
# the messages of CPython's argument parsing ("count() takes at most 2
# arguments (3 given)", "cycle expected 1 argument, got 0", ...).

_NULL = object()  # an absent value (C's NULL), distinct from None
_SSIZE_MAX = (1 << 63) - 1


# ---- argument checking, in the words of CPython's getargs.c

def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


def _plural(n):
    return '' if n == 1 else 's'


def _check_positional(name, args, minimum, maximum):
    # _PyArg_CheckPositional: "name expected [at least|at most] N argument(s), got M"
    n = len(args)
    if n < minimum:
        bound = '' if minimum == maximum else 'at least '
        raise TypeError(f"{name} expected {bound}{minimum} argument{_plural(minimum)}, got {n}")
    if n > maximum:
        bound = '' if minimum == maximum else 'at most '
        raise TypeError(f"{name} expected {bound}{maximum} argument{_plural(maximum)}, got {n}")


def _parse(name, args, kwargs, names, required, positional):
    # _PyArg_UnpackKeywords: the values of `names` (the first `positional`
    # of them may be passed by position; the first `required` must be
    # given), _NULL for those left out.
    nargs = len(args)
    nkwargs = len(kwargs)
    maximum = len(names)
    if nargs + nkwargs > maximum:
        kind = 'keyword ' if nargs == 0 else ''
        raise TypeError(f"{name}() takes at most {maximum} {kind}argument{_plural(maximum)} "
                        f"({nargs + nkwargs} given)")
    if nargs > positional:
        bound = 'at most' if required < positional else 'exactly'
        raise TypeError(f"{name}() takes {bound} {positional} positional argument{_plural(positional)} "
                        f"({nargs} given)")
    values = list(args)
    remaining = nkwargs
    for i in range(nargs, maximum):
        value = _NULL
        if remaining:
            value = kwargs.get(names[i], _NULL)
        elif i >= required:
            values.extend([_NULL] * (maximum - i))
            break
        if value is not _NULL:
            remaining -= 1
        elif i < required:
            raise TypeError(f"{name}() missing required argument '{names[i]}' (pos {i + 1})")
        values.append(value)
    if remaining:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError(f"argument for {name}() given by name ('{names[i]}') and position ({i + 1})")
        for key in kwargs:
            if key not in names:
                raise TypeError(f"'{key}' is an invalid keyword argument for {name}()")
    return values


def _index(value):
    # __index__, as C's conversion to an integer does it.
    if value.__class__ is int:
        return value
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None
    return method(value)


def _ssize(value):
    # PyLong_AsSsize_t on an __index__ value.
    value = _index(value)
    if not -_SSIZE_MAX - 1 <= value <= _SSIZE_MAX:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _is_number(value):
    # PyNumber_Check.
    cls = type(value)
    return (hasattr(cls, '__index__') or hasattr(cls, '__int__') or hasattr(cls, '__float__')
            or isinstance(value, complex))


# ---- infinite iterators

class count:
    """Return a count object whose .__next__() method returns consecutive values."""
    __slots__ = ('_value', '_step')

    def __new__(cls, *args, **kwargs):
        start, step = _parse('count', args, kwargs, ('start', 'step'), 0, 2)
        if (start is not _NULL and not _is_number(start)) or (step is not _NULL and not _is_number(step)):
            raise TypeError("a number is required")
        if start is _NULL:
            start = 0
        if step is _NULL:
            step = 1
        # CPython counts a whole-number start by an int step of 1 in C
        # integers: such a start (True, an int subclass) becomes an int.
        if isinstance(start, int) and isinstance(step, int) and step == 1 and start.__class__ is not int:
            start = int(start)
        self = object.__new__(cls)
        self._value = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return f"{type(self).__name__}({self._value!r})"
        return f"{type(self).__name__}({self._value!r}, {step!r})"


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ('_it', '_saved', '_index')

    def __new__(cls, *args, **kwargs):
        if cls is cycle:
            _no_keywords('cycle', kwargs)
        _check_positional('cycle', args, 1, 1)
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            for item in it:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object"""
    __slots__ = ('_element', '_count')

    def __new__(cls, *args, **kwargs):
        element, times = _parse('repeat', args, kwargs, ('object', 'times'), 1, 2)
        if times is _NULL:
            count = -1
        else:
            count = _ssize(times)
            if count < 0:
                count = 0
        self = object.__new__(cls)
        self._element = element
        self._count = count
        return self

    def __iter__(self):
        return self

    def __next__(self):
        count = self._count
        if count == 0:
            raise StopIteration
        if count > 0:
            self._count = count - 1
        return self._element

    def __length_hint__(self):
        """Private method returning an estimate of len(list(it))."""
        if self._count == -1:
            raise TypeError("len() of unsized object")
        return self._count

    def __repr__(self):
        if self._count == -1:
            return f"{type(self).__name__}({self._element!r})"
        return f"{type(self).__name__}({self._element!r}, {self._count})"


# ---- iterators terminating on the shortest input

class accumulate:
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ('_it', '_func', '_total', '_initial')

    def __new__(cls, *args, **kwargs):
        iterable, func, initial = _parse('accumulate', args, kwargs, ('iterable', 'func', 'initial'), 1, 2)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._func = None if func is _NULL else func
        self._total = _NULL
        self._initial = None if initial is _NULL else initial
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        total = self._total
        if total is _NULL:
            self._total = value
            return value
        func = self._func
        total = total + value if func is None else func(total, value)
        self._total = total
        return total


class chain:
    """Return a chain object whose .__next__() method returns elements from the"""
    __slots__ = ('_source', '_active')

    def __new__(cls, *iterables, **kwargs):
        if cls is chain:
            _no_keywords('chain', kwargs)
        self = object.__new__(cls)
        self._source = iter(iterables)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, *args, **kwargs):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        if kwargs:
            raise TypeError("chain.from_iterable() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError(f"chain.from_iterable() takes exactly one argument ({len(args)} given)")
        self = object.__new__(cls)
        self._source = iter(args[0])
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            active = self._active
            if active is None:
                for iterable in self._source:
                    break
                else:
                    self._source = None
                    break
                try:
                    active = self._active = iter(iterable)
                except BaseException:
                    self._source = None
                    raise
            for item in active:
                return item
            self._active = None
        raise StopIteration


class compress:
    """Return data elements corresponding to true selector elements."""
    __slots__ = ('_data', '_selectors')

    def __new__(cls, *args, **kwargs):
        data, selectors = _parse('compress', args, kwargs, ('data', 'selectors'), 2, 2)
        self = object.__new__(cls)
        self._data = iter(data)
        self._selectors = iter(selectors)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            datum = next(data)
            if next(selectors):
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ('_predicate', '_it', '_started')

    def __new__(cls, *args, **kwargs):
        if cls is dropwhile:
            _no_keywords('dropwhile', kwargs)
        _check_positional('dropwhile', args, 2, 2)
        self = object.__new__(cls)
        self._predicate = args[0]
        self._it = iter(args[1])
        self._started = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        while True:
            item = next(it)
            if self._started:
                return item
            if not self._predicate(item):
                self._started = True
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ('_predicate', '_it', '_stopped')

    def __new__(cls, *args, **kwargs):
        if cls is takewhile:
            _no_keywords('takewhile', kwargs)
        _check_positional('takewhile', args, 2, 2)
        self = object.__new__(cls)
        self._predicate = args[0]
        self._it = iter(args[1])
        self._stopped = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._stopped = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ('_predicate', '_it')

    def __new__(cls, *args, **kwargs):
        if cls is filterfalse:
            _no_keywords('filterfalse', kwargs)
        _check_positional('filterfalse', args, 2, 2)
        self = object.__new__(cls)
        predicate = args[0]
        self._predicate = None if predicate is bool else predicate
        self._it = iter(args[1])
        return self

    def __iter__(self):
        return self

    def __next__(self):
        predicate = self._predicate
        if predicate is None:
            for item in self._it:
                if not item:
                    return item
        else:
            for item in self._it:
                if not predicate(item):
                    return item
        raise StopIteration


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __slots__ = ('_it', '_keyfunc', '_target_key', '_current_key', '_current_value', '_current_grouper')

    def __new__(cls, *args, **kwargs):
        iterable, key = _parse('groupby', args, kwargs, ('iterable', 'key'), 1, 2)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._keyfunc = None if key is _NULL else key
        self._target_key = _NULL
        self._current_key = _NULL
        self._current_value = _NULL
        self._current_grouper = None
        return self

    def _step(self):
        value = next(self._it)
        keyfunc = self._keyfunc
        key = value if keyfunc is None else keyfunc(value)
        self._current_value = value
        self._current_key = key

    def __iter__(self):
        return self

    def __next__(self):
        self._current_grouper = None
        # Skip what is left of the current group.
        while True:
            if self._current_key is _NULL:
                pass
            elif self._target_key is _NULL:
                break
            elif not self._target_key == self._current_key:
                break
            self._step()
        self._target_key = self._current_key
        grouper = _grouper(self, self._target_key)
        self._current_grouper = grouper
        return (self._current_key, grouper)


class _grouper:
    __slots__ = ('_parent', '_target_key')

    def __init__(self, parent, target_key):
        self._parent = parent
        self._target_key = target_key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current_grouper is not self:
            raise StopIteration
        if parent._current_value is _NULL:
            parent._step()
        if not self._target_key == parent._current_key:
            raise StopIteration
        value = parent._current_value
        parent._current_value = _NULL
        parent._current_key = _NULL
        return value



_STOP_MESSAGE = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_INDICES_MESSAGE = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_STEP_MESSAGE = "Step for islice() must be a positive integer or None."


def _islice_index(value):
    # PyNumber_AsSsize_t(value, OverflowError); -1 for any failure.
    try:
        return _ssize(value)
    except (TypeError, OverflowError):
        return -1


class islice:
    """islice(iterable, stop) --> islice object"""
    __slots__ = ('_it', '_next', '_stop', '_step', '_count')

    def __new__(cls, *args, **kwargs):
        if cls is islice:
            _no_keywords('islice', kwargs)
        _check_positional('islice', args, 2, 4)
        start, stop, step = 0, -1, 1
        if len(args) == 2:
            if args[1] is not None:
                stop = _islice_index(args[1])
                if stop == -1:
                    raise ValueError(_STOP_MESSAGE)
        else:
            if args[1] is not None:
                start = _islice_index(args[1])
            if args[2] is not None:
                stop = _islice_index(args[2])
                if stop == -1:
                    raise ValueError(_STOP_MESSAGE)
        if start < 0 or stop < -1:
            raise ValueError(_INDICES_MESSAGE)
        if len(args) == 4 and args[3] is not None:
            step = _islice_index(args[3])
        if step < 1:
            raise ValueError(_STEP_MESSAGE)
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if stop != -1 and self._count >= stop:
                raise StopIteration
            item = next(it)
        except BaseException:
            self._it = None
            raise
        self._count += 1
        following = self._next + self._step
        if stop != -1 and following > stop:
            following = stop
        self._next = following
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __slots__ = ('_it', '_old')

    def __new__(cls, *args, **kwargs):
        if cls is pairwise:
            _no_keywords('pairwise', kwargs)
        _check_positional('pairwise', args, 1, 1)
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._old = _NULL
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is _NULL:
            for old in it:
                break
            else:
                self._it = None
                raise StopIteration
            self._old = old
        for new in it:
            break
        else:
            self._it = None
            self._old = _NULL
            raise StopIteration
        self._old = new
        return (old, new)


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ('_function', '_it')

    def __new__(cls, *args, **kwargs):
        if cls is starmap:
            _no_keywords('starmap', kwargs)
        _check_positional('starmap', args, 2, 2)
        self = object.__new__(cls)
        self._function = args[0]
        self._it = iter(args[1])
        return self

    def __iter__(self):
        return self

    def __next__(self):
        arguments = next(self._it)
        if arguments.__class__ is not tuple:
            arguments = tuple(arguments)
        return self._function(*arguments)


class _tee_source:
    # What the copies of one tee share: the iterator, and the first node of
    # the values read from it that some copy has yet to return. Each node
    # is [value, next node]; the last is [_NULL, None], to be filled.
    __slots__ = ('it',)

    def __init__(self, it):
        self.it = it


class _tee:
    """Iterator wrapped to make it copyable."""
    __slots__ = ('_source', '_node')

    def __new__(cls, *args, **kwargs):
        if cls is _tee:
            _no_keywords('_tee', kwargs)
        _check_positional('_tee', args, 1, 1)
        it = iter(args[0])
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        self._source = _tee_source(it)
        self._node = [_NULL, None]
        return self

    def __iter__(self):
        return self

    def __next__(self):
        node = self._node
        if node[1] is None:
            value = next(self._source.it)
            if node[1] is None:  # (reading may have run another copy)
                node[0] = value
                node[1] = [_NULL, None]
        self._node = node[1]
        return node[0]

    def __copy__(self):
        """Returns an independent iterator."""
        copy = object.__new__(type(self))
        copy._source = self._source
        copy._node = self._node
        return copy



def tee(*args, **kwargs):
    """Returns a tuple of n independent iterators."""
    if kwargs:
        raise TypeError("itertools.tee() takes no keyword arguments")
    _check_positional('tee', args, 1, 2)
    n = _ssize(args[1]) if len(args) == 2 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(args[0])
    copy = getattr(it, '__copy__', None)
    if copy is None:
        it = _tee(it)
        copy = it.__copy__
    return (it,) + tuple([copy() for _ in range(n - 1)])


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where"""
    __slots__ = ('_iterators', '_active', '_fillvalue')

    def __new__(cls, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs['fillvalue']
        self = object.__new__(cls)
        self._iterators = [iter(iterable) for iterable in iterables]
        self._active = len(iterables)
        self._fillvalue = fillvalue
        return self

    def __iter__(self):
        return self

    def __next__(self):
        iterators = self._iterators
        if not iterators or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(iterators):
            if it is None:
                result.append(self._fillvalue)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                iterators[i] = None
                item = self._fillvalue
            except BaseException:
                self._active = 0
                raise
            result.append(item)
        return tuple(result)


# ---- combinatoric iterators

class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ('_pools', '_indices', '_result', '_stopped')

    def __new__(cls, *iterables, **kwargs):
        repeat = 1
        if kwargs:
            if len(kwargs) > 1:
                raise TypeError(f"product() takes at most 1 keyword argument ({len(kwargs)} given)")
            if 'repeat' not in kwargs:
                raise TypeError(f"'{next(iter(kwargs))}' is an invalid keyword argument for product()")
            repeat = _ssize(kwargs['repeat'])
            if repeat < 0:
                raise ValueError("repeat argument cannot be negative")
        if repeat and len(iterables) > _SSIZE_MAX // repeat:
            raise OverflowError("repeat argument too large")
        pools = [tuple(iterable) for iterable in iterables] * repeat
        self = object.__new__(cls)
        self._pools = pools
        self._indices = None
        self._result = None
        self._stopped = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        result = self._result
        if result is None:
            for pool in pools:
                if not pool:
                    self._stopped = True
                    raise StopIteration
            self._indices = [0] * len(pools)
            result = self._result = [pool[0] for pool in pools]
            return tuple(result)
        indices = self._indices
        # Advance the rightmost index that can be, resetting those after it.
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            indices[i] += 1
            if indices[i] < len(pool):
                result[i] = pool[indices[i]]
                return tuple(result)
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        self._stopped = True
        raise StopIteration


class permutations:
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ('_pool', '_r', '_indices', '_cycles', '_started', '_stopped')

    def __new__(cls, *args, **kwargs):
        iterable, r = _parse('permutations', args, kwargs, ('iterable', 'r'), 1, 2)
        pool = tuple(iterable)
        n = len(pool)
        if r is _NULL or r is None:
            r = n
        else:
            if not isinstance(r, int):
                raise TypeError("Expected int as r")
            r = _ssize(r)
            if r < 0:
                raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1)) if r <= n else None
        self._started = False
        self._stopped = r > n
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if not self._started:
            self._started = True
            return tuple([pool[i] for i in indices[:r]])
        n = len(pool)
        if n == 0:
            self._stopped = True
            raise StopIteration
        cycles = self._cycles
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                # Rotate indices[i:] left by one.
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
        self._stopped = True
        raise StopIteration


class combinations:
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ('_pool', '_indices', '_started', '_stopped')

    def __new__(cls, *args, **kwargs):
        iterable, r = _parse('combinations', args, kwargs, ('iterable', 'r'), 2, 2)
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        self._pool = pool
        self._indices = list(range(r)) if r <= len(pool) else None
        self._started = False
        self._stopped = r > len(pool)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        if not self._started:
            self._started = True
            return tuple([pool[i] for i in indices])
        r = len(indices)
        n = len(pool)
        # The rightmost index not at its highest value goes up by one, and
        # those after it follow it.
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[k] for k in indices])


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""
    __slots__ = ('_pool', '_indices', '_started', '_stopped')

    def __new__(cls, *args, **kwargs):
        iterable, r = _parse('combinations_with_replacement', args, kwargs, ('iterable', 'r'), 2, 2)
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        self._pool = pool
        self._indices = [0] * r
        self._started = False
        self._stopped = not pool and r > 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        if not self._started:
            self._started = True
            return tuple([pool[i] for i in indices])
        r = len(indices)
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        return tuple([pool[k] for k in indices])

