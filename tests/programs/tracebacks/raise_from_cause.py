# Uncaught exception with an explicit cause: both tracebacks are printed.
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("port is not configured") from e

def start(settings):
    port = read_port(settings)
    print("starting on", port)

start({"port": "8080"})
start({"host": "localhost"})
