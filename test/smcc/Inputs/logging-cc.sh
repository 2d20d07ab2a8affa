#!/bin/sh
# A compiler that records that it was used, then is cc.
echo "logging-cc $*" >> "$CC_LOG"
exec cc "$@"
