#!/usr/bin/python3
"""Prints the Subject, the To address, the first line of the body and the
From display name of a mail file as Python's email package decodes them, one
per line."""
import sys
from email import policy
from email.parser import BytesParser

with open(sys.argv[1], 'rb') as f:
    message = BytesParser(policy=policy.default).parse(f)
print(message['Subject'])
print(message['To'])
print(message.get_content().strip().splitlines()[0])
print(message['From'].addresses[0].display_name)
