"""Risk profiles of project «500+»: counts across schools and the profile picture. No site code here."""
