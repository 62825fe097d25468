# uncaught exception raised "from" another, three levels: "The above exception was the direct cause" separators and frame order
class ConfigError(Exception):
    pass


def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError('missing setting ' + key) from e


def start(settings):
    try:
        port = int(read_setting(settings, 'port'))
    except ConfigError as e:
        raise RuntimeError('cannot start') from e
    return port


print(start({'port': '80'}))
start({})
