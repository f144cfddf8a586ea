package dev.leadpulse.server.web;

import dev.leadpulse.store.Users.User;

/**
 * What every page's frame shows: its title, which section of the navigation is current, and who
 * is signed in.
 *
 * @param section one of inbox, analytics, model, plays, roi; or empty
 */
public record Chrome(String title, String section, User viewer) {

  public boolean admin() {
    return viewer.isAdmin();
  }
}
