#define TEAM_SIZE 3
