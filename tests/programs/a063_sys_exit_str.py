# sys.exit('message') prints the message to stderr and exits with status 1
import sys
print('stdout before exit')
sys.exit('fatal: something went wrong')
