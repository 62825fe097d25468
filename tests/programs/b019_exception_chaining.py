# exception chaining attributes: implicit __context__, explicit __cause__ via raise from, from None suppression, nested contexts, re-raise keeps context
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
try:
    implicit()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def explicit():
    try:
        {}['k']
    except KeyError as ke:
        raise RuntimeError('explicit cause') from ke
try:
    explicit()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__, e.__cause__ is e.__context__)
def suppressed():
    try:
        int('x')
    except ValueError:
        raise TypeError('clean') from None
try:
    suppressed()
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def from_other():
    raise LookupError('outer') from OSError('unrelated cause')
try:
    from_other()
except LookupError as e:
    print(repr(e), repr(e.__cause__), e.__context__, e.__suppress_context__)
def three_levels():
    try:
        try:
            raise KeyError('level1')
        except KeyError:
            raise IndexError('level2')
    except IndexError:
        raise AttributeError('level3')
try:
    three_levels()
except AttributeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(' <- '.join(chain))
def reraise_bare():
    try:
        raise ValueError('inner')
    except ValueError:
        try:
            raise TypeError('temp')
        except TypeError:
            pass
        raise
try:
    reraise_bare()
except ValueError as e:
    print('bare raise re-raised', repr(e), 'context:', e.__context__)
def handled_then_new():
    try:
        raise KeyError('handled')
    except KeyError:
        pass
    raise ValueError('fresh')
try:
    handled_then_new()
except ValueError as e:
    print('no context after handler finished:', e.__context__)
def same_exception_raised_in_handler():
    try:
        raise ValueError('self')
    except ValueError as err:
        raise err
try:
    same_exception_raised_in_handler()
except ValueError as e:
    print('self-raise context:', e.__context__)
e1 = ValueError('manual')
e1.__cause__ = KeyError('set by hand')
print(e1.__suppress_context__, repr(e1.__cause__))
try:
    raise ValueError('x') from KeyError
except ValueError as e:
    print('cause from class:', repr(e.__cause__))
def in_finally():
    try:
        raise KeyError('in try')
    finally:
        pass
try:
    in_finally()
except KeyError as e:
    print('finally without raise keeps:', repr(e), e.__context__)
def exception_in_finally():
    try:
        raise KeyError('original')
    finally:
        raise ValueError('from finally')
try:
    exception_in_finally()
except ValueError as e:
    print('finally replaced:', repr(e), 'context:', repr(e.__context__))
print(isinstance(ValueError().__traceback__, type(None)), ValueError().__context__, ValueError().__cause__)
