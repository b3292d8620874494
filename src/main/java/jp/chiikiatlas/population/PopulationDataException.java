package jp.chiikiatlas.population;

/** The statistics hold nothing for what was asked (unknown code, year without a table); the message is for the user. */
public class PopulationDataException extends RuntimeException {
    public PopulationDataException(String message) {
        super(message);
    }
}
