# uncaught user exception class with a custom __str__, defined in __main__: last line shows the class name (no module prefix) and str()
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return '%s: %s' % (self.field, self.problem)


def validate(record):
    if not record.get('name'):
        raise ValidationError('name', 'must not be empty')
    return True


print(validate({'name': 'x'}))
validate({'name': ''})
