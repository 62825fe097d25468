# uncaught KeyError: the message line shows the repr of the missing key (quotes included)
config = {'host': 'localhost', 'port': 8080}
print(config['host'])
print(config["user's name"])
