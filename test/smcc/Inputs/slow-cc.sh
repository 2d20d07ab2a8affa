#!/bin/sh
# A compiler that never finishes: smcc is killed while it runs.
exec sleep 60
