#define WORK_SCALE 10
