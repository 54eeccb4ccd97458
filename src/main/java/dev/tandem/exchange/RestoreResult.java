package dev.tandem.exchange;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a restore wrote: the rows of each section (by section name, in restore order), and the people of the file
 * who have an account on this server (given back their membership or guest access) and those who have none (their
 * records are kept, credited to the person who restored).
 */
public record RestoreResult(
        Map<String, Integer> sections, int rows, List<String> peopleFound, List<String> peopleMissing)
        implements Serializable {}
