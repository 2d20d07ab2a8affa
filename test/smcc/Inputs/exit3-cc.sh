#!/bin/sh
# A compiler that always fails with status 3.
exit 3
