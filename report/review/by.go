package review

import "os/user"

// DefaultBy names who decides on a flag when no one is named: the user
// running litwatch, else $USER, $LOGNAME or $USERNAME, else "unknown".
func DefaultBy(getenv func(string) string) string {
	return defaultBy(user.Current, getenv)
}

func defaultBy(current func() (*user.User, error), getenv func(string) string) string {
	if u, err := current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, k := range []string{"USER", "LOGNAME", "USERNAME"} {
		if v := getenv(k); v != "" {
			return v
		}
	}
	return "unknown"
}
